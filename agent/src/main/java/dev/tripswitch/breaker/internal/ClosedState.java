package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.BreakerState;

/** Calls pass; outcomes fill the window; reaching a threshold opens the breaker. */
final class ClosedState extends State {
    private final SlidingWindow window;
    private final int minimumCalls;

    ClosedState(long sequence, long enteredAtMillis, SlidingWindow window, int minimumCalls) {
        super(true, sequence, 0, enteredAtMillis);
        this.window = window;
        this.minimumCalls = minimumCalls;
    }

    @Override
    BreakerState kind() {
        return BreakerState.CLOSED;
    }

    @Override
    Admission tryAcquire(CircuitBreakerStateMachine machine, long nowNanos) {
        return this;
    }

    @Override
    void onOutcome(CircuitBreakerStateMachine machine, long nowNanos, boolean failure, boolean slow) {
        if (window.record(nowNanos, failure, slow)) {
            // Racing records may all see the threshold; the compare-and-set lets exactly one of them open.
            machine.open(this, nowNanos, window.counts(nowNanos));
        }
    }

    @Override
    WindowCounts counts(long nowNanos) {
        return window.counts(nowNanos);
    }

    @Override
    int minimumCalls() {
        return minimumCalls;
    }
}
