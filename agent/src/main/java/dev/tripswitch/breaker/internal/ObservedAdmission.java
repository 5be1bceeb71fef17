package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.BreakerState;

/**
 * A call that observe mode let through although the breaker would have rejected it. In enforce
 * mode that call would not have run, so its outcome counts in the totals but never reaches a
 * window: the state machine runs exactly as it would in enforce mode.
 */
final class ObservedAdmission extends Admission {
    private static final ObservedAdmission[] BY_STATE = new ObservedAdmission[BreakerState.values().length];

    static {
        for (BreakerState state : BreakerState.values()) {
            BY_STATE[state.ordinal()] = new ObservedAdmission(state);
        }
    }

    private final BreakerState wouldRejectIn;

    private ObservedAdmission(BreakerState wouldRejectIn) {
        super(true);
        this.wouldRejectIn = wouldRejectIn;
    }

    static ObservedAdmission rejectedBy(BreakerState state) {
        return BY_STATE[state.ordinal()];
    }

    @Override
    public BreakerState admittedIn() {
        return wouldRejectIn;
    }

    @Override
    void onOutcome(CircuitBreakerStateMachine machine, long nowNanos, boolean failure, boolean slow) {
    }
}
