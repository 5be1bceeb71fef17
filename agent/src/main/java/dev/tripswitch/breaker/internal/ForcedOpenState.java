package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.BreakerState;

/** Put there by an operator: rejects everything until reset. */
final class ForcedOpenState extends State {

    ForcedOpenState(long sequence, long enteredAtMillis) {
        super(true, sequence, 0, enteredAtMillis);
    }

    @Override
    BreakerState kind() {
        return BreakerState.FORCED_OPEN;
    }

    @Override
    Admission tryAcquire(CircuitBreakerStateMachine machine, long nowNanos) {
        return null;
    }

    @Override
    void onOutcome(CircuitBreakerStateMachine machine, long nowNanos, boolean failure, boolean slow) {
    }

    @Override
    WindowCounts counts(long nowNanos) {
        return WindowCounts.EMPTY;
    }

    @Override
    int minimumCalls() {
        return 1;
    }
}
