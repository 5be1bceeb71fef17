package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.Permit;

/** What a permit is inside the engine: the thing that admitted the call and takes its outcome. */
abstract class Admission implements Permit {

    /** Whether outcomes of calls admitted here count in the totals (not in DISABLED). */
    final boolean countsTotals;

    Admission(boolean countsTotals) {
        this.countsTotals = countsTotals;
    }

    /** A counted outcome of a call this admitted. */
    abstract void onOutcome(CircuitBreakerStateMachine machine, long nowNanos, boolean failure, boolean slow);

    /** A call this admitted ended with an outcome that must not count. */
    void onIgnored() {
    }
}
