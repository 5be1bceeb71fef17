package dev.tripswitch.fallback;

import dev.tripswitch.bootstrap.Replacement;
import dev.tripswitch.breaker.CircuitBreaker;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The fallback of a method returning {@code CompletionStage} or {@code CompletableFuture}: what the
 * fallback for its value type serves, as an already completed stage; an exception completes it
 * exceptionally, as an asynchronous caller expects to see errors (SPEC §4). Each call gets a new
 * future, since a caller may complete or obtrude a shared one.
 */
final class AsyncFallback implements Fallback {
    private final Fallback ofValue;

    AsyncFallback(Fallback ofValue) {
        this.ofValue = ofValue;
    }

    @Override
    public Replacement serve(Object[] arguments, Throwable failure, CircuitBreaker breaker) {
        Replacement replacement = ofValue.serve(arguments, failure, breaker);
        if (replacement.thrown != null) {
            return Replacement.returning(CompletableFuture.failedFuture(replacement.thrown));
        }
        if (replacement.value instanceof CompletionStage) {
            return replacement; // a fallback method that returns a stage of its own
        }
        return Replacement.returning(CompletableFuture.completedFuture(replacement.value));
    }

    @Override
    public boolean needsArguments() {
        return ofValue.needsArguments();
    }
}
