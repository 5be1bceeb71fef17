package dev.tripswitch.fallback;

import dev.tripswitch.bootstrap.Replacement;
import dev.tripswitch.breaker.CircuitBreaker;

/**
 * {@code fallback { value = ... }}: a constant converted to the method's return type. The value was
 * checked against the type when the method was instrumented; it is built on the first rejected call
 * (an enum constant needs its class, loaded by then) and shared by every later one, so it is immutable.
 */
final class ValueFallback implements Fallback {
    private final ValueConversion.Planned planned;
    private final MethodSite site;
    private volatile Replacement resolved;

    ValueFallback(ValueConversion.Planned planned, MethodSite site) {
        this.planned = planned;
        this.site = site;
    }

    @Override
    public Replacement serve(Object[] arguments, Throwable failure, CircuitBreaker breaker) {
        Replacement replacement = resolved;
        if (replacement == null) {
            // Racing first calls may each build it; the values are equal and immutable.
            replacement = Replacement.returning(planned.resolve(site.classLoader()));
            resolved = replacement;
        }
        breaker.onFallbackServed();
        return replacement;
    }
}
