package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.BreakerState;

/** {@code mode = disabled}, or an operator's choice: everything passes and nothing is counted. */
final class DisabledState extends State {

    DisabledState(long sequence, long enteredAtMillis) {
        super(false, sequence, 0, enteredAtMillis);
    }

    @Override
    BreakerState kind() {
        return BreakerState.DISABLED;
    }

    @Override
    Admission tryAcquire(CircuitBreakerStateMachine machine, long nowNanos) {
        return this;
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
