package dev.tripswitch.breaker;

import dev.tripswitch.breaker.internal.CircuitBreakerStateMachine;

/**
 * A circuit breaker with the semantics of SPEC §3.
 *
 * <p>A guarded call asks {@link #tryAcquire(long)} first: a {@code null} answer means the call is
 * rejected and must not run; otherwise the call runs and its permit comes back with the outcome,
 * through exactly one of {@link #onSuccess}, {@link #onFailure}, {@link #onIgnored} or
 * {@link #onThrowable}. These hot-path methods take no lock and allocate nothing; they read no clock
 * of their own but take the caller's timestamps, which come from {@link #clock()}.
 */
public interface CircuitBreaker {

    static CircuitBreaker create(String name, BreakerSettings settings) {
        return new CircuitBreakerStateMachine(name, settings, BreakerClock.SYSTEM);
    }

    static CircuitBreaker create(String name, BreakerSettings settings, BreakerClock clock) {
        return new CircuitBreakerStateMachine(name, settings, clock);
    }

    String name();

    BreakerSettings settings();

    BreakerClock clock();

    /**
     * Asks to let one call through at {@code nowNanos}. Moves OPEN to HALF_OPEN once the open
     * duration has passed. In observe mode a call the breaker would reject is let through and
     * counted as would-reject.
     *
     * @return the permit to hand back with the outcome, or {@code null} when the call is rejected
     */
    Permit tryAcquire(long nowNanos);

    /** The call returned normally (or, for HTTP, with a status not counted as a failure). */
    void onSuccess(Permit permit, long startNanos, long endNanos);

    /** The call failed in a way that counts against the dependency. */
    void onFailure(Permit permit, long startNanos, long endNanos);

    /** The call ended in a way that must not count; in HALF_OPEN its trial slot is given back. */
    void onIgnored(Permit permit);

    /** The call threw: records it as {@code record-exceptions} and {@code ignore-exceptions} say. */
    ExceptionClassifier.Verdict onThrowable(Permit permit, long startNanos, long endNanos, Throwable thrown);

    /** A rejected (or failed, with {@code on-failure}) call was served its fallback. */
    void onFallbackServed();

    BreakerState state();

    BreakerMetrics metrics();

    /** Operator: reject every call until {@link #reset()}. */
    void forceOpen();

    /** Operator: let every call through and count nothing until {@link #reset()}. */
    void disable();

    /** Operator: CLOSED with an empty window and the open duration back to its base. */
    void reset();

    void addListener(TransitionListener listener);

    void removeListener(TransitionListener listener);
}
