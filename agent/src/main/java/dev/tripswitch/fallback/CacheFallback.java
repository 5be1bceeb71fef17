package dev.tripswitch.fallback;

import dev.tripswitch.bootstrap.Replacement;
import dev.tripswitch.breaker.CircuitBreaker;

/**
 * {@code fallback { cache { ... }, otherwise { ... } }}: the last successful result for equal
 * arguments, not older than the ttl; without one, the {@code otherwise} fallback, else failing fast.
 * The guard stores every successful result of the method in {@link #results()}.
 */
final class CacheFallback implements Fallback {
    private final ResultCache results;
    private final Fallback otherwise;

    CacheFallback(ResultCache results, Fallback otherwise) {
        this.results = results;
        this.otherwise = otherwise;
    }

    ResultCache results() {
        return results;
    }

    @Override
    public Replacement serve(Object[] arguments, Throwable failure, CircuitBreaker breaker) {
        Object cached = results.get(arguments, System.nanoTime());
        if (cached == ResultCache.MISS) {
            return otherwise.serve(arguments, failure, breaker);
        }
        breaker.onFallbackServed();
        return Replacement.returning(cached);
    }

    @Override
    public boolean needsArguments() {
        return true;
    }
}
