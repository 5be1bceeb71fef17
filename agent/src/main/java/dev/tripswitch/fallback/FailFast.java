package dev.tripswitch.fallback;

import dev.tripswitch.CallNotPermittedException;
import dev.tripswitch.bootstrap.Replacement;
import dev.tripswitch.breaker.BreakerState;
import dev.tripswitch.breaker.CircuitBreaker;


/**
 * A rejected call with no fallback fails fast (SPEC §4) with the first checked exception the method
 * declares that has a {@code (String)} constructor, else with {@link CallNotPermittedException}.
 *
 * <p>{@code CallNotPermittedException} is built once per state, with no stack trace and no
 * suppression, so failing fast with it allocates nothing. A declared exception of the host cannot be
 * built that way (its constructors fill a stack trace and allow suppression, and a shared instance
 * would let one caller's {@code addSuppressed} reach every other), so it is built per rejected call.
 */
public final class FailFast implements Fallback {
    private final MethodSite site;
    /** The declared checked exception to fail with, or null for CallNotPermittedException. */
    private final ExceptionConstructor declaredException;
    private final Replacement[] permissionDenied = new Replacement[BreakerState.values().length];

    FailFast(MethodSite site, String declaredException) {
        this.site = site;
        this.declaredException = declaredException == null ? null : new ExceptionConstructor(site, declaredException);
        for (BreakerState state : BreakerState.values()) {
            permissionDenied[state.ordinal()] =
                    Replacement.throwing(new CallNotPermittedException(message(site.target(), state)));
        }
    }

    /** What callers of this method catch when it fails fast: for messages and tests. */
    public String exceptionType() {
        return declaredException != null ? declaredException.className() : CallNotPermittedException.class.getName();
    }

    static String message(String target, BreakerState state) {
        return "tripswitch: call rejected, the circuit breaker of target '" + target + "' is " + state;
    }

    @Override
    public Replacement serve(Object[] arguments, Throwable failure, CircuitBreaker breaker) {
        BreakerState state = breaker.state();
        if (declaredException == null) {
            return permissionDenied[state.ordinal()];
        }
        try {
            return Replacement.throwing(declaredException.newInstance(message(site.target(), state)));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // The exception was checked when the method was instrumented; if it still cannot be
            // built, the caller gets the unchecked one rather than a result it never asked for.
            return permissionDenied[state.ordinal()];
        }
    }

    /** The exception a fallback method takes as its trailing Throwable when the call was rejected. */
    Throwable rejection(CircuitBreaker breaker) {
        return permissionDenied[breaker.state().ordinal()].thrown;
    }
}
