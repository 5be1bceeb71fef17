package dev.tripswitch.fallback;

import dev.tripswitch.bootstrap.Replacement;
import dev.tripswitch.breaker.CircuitBreaker;

/**
 * What one guarded method's caller gets when its call is rejected (or, with {@code on-failure},
 * when it failed): SPEC §4. Planned once per method when the method is instrumented, so serving
 * it only builds what the caller must receive.
 */
public interface Fallback {

    /**
     * Serves the fallback, and counts it on the breaker as served when it is one (failing fast is not).
     *
     * @param arguments the call's arguments when {@link #needsArguments()}, else null
     * @param failure   the failure the call ended with, or null for a rejected call
     */
    Replacement serve(Object[] arguments, Throwable failure, CircuitBreaker breaker);

    /** Whether {@link #serve} needs the call's arguments. */
    default boolean needsArguments() {
        return false;
    }
}
