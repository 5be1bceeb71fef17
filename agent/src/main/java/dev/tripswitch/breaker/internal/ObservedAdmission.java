package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.BreakerState;

/**
 * A call that observe mode let through although the breaker would have rejected it. In enforce
 * mode that call would not have run, so its outcome counts in the totals but never reaches a
 * window: the state machine runs exactly as it would in enforce mode.
 */
final class ObservedAdmission extends Admission {
    private static final ObservedAdmission OPEN = new ObservedAdmission(BreakerState.OPEN);
    private static final ObservedAdmission HALF_OPEN = new ObservedAdmission(BreakerState.HALF_OPEN);
    private static final ObservedAdmission FORCED_OPEN = new ObservedAdmission(BreakerState.FORCED_OPEN);

    private final BreakerState wouldRejectIn;

    private ObservedAdmission(BreakerState wouldRejectIn) {
        super(true);
        this.wouldRejectIn = wouldRejectIn;
    }

    static ObservedAdmission rejectedBy(BreakerState state) {
        switch (state) {
            case OPEN:
                return OPEN;
            case HALF_OPEN:
                return HALF_OPEN;
            case FORCED_OPEN:
                return FORCED_OPEN;
            default:
                throw new IllegalStateException(state + " never rejects");
        }
    }

    @Override
    public BreakerState admittedIn() {
        return wouldRejectIn;
    }

    @Override
    void onOutcome(CircuitBreakerStateMachine machine, long nowNanos, boolean failure, boolean slow) {
    }
}
