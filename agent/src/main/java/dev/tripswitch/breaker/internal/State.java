package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.BreakerState;

/**
 * One state of one breaker, as an object: a transition replaces it with a new one by
 * compare-and-set, so exactly one thread wins each transition, and a state's window and counters
 * live and die with it. A state is also the permit of the calls it admits.
 */
abstract class State extends Admission {

    /** Returned by {@link #tryAcquire} when the state has just been replaced: ask the new one. */
    static final Admission ASK_AGAIN = new AskAgainMarker();

    /** Transitions before this state; the transition into it has this number. Gap-free per breaker. */
    final long sequence;
    /** Consecutive re-openings from HALF_OPEN that led here; sets the next open duration. */
    final int reopenings;
    final long enteredAtMillis;

    State(boolean countsTotals, long sequence, int reopenings, long enteredAtMillis) {
        super(countsTotals);
        this.sequence = sequence;
        this.reopenings = reopenings;
        this.enteredAtMillis = enteredAtMillis;
    }

    abstract BreakerState kind();

    @Override
    public final BreakerState admittedIn() {
        return kind();
    }

    /**
     * Asks to admit a call at {@code nowNanos}.
     *
     * @return the admission, {@code null} to reject, or {@link #ASK_AGAIN} after a lazy transition
     */
    abstract Admission tryAcquire(CircuitBreakerStateMachine machine, long nowNanos);

    /** The outcomes this state's rates are computed on, for operators. */
    abstract WindowCounts counts(long nowNanos);

    /** How many outcomes {@link #counts} must hold before its rates mean anything. */
    abstract int minimumCalls();

    /** Never admitted or recorded: only marks "ask again". */
    private static final class AskAgainMarker extends Admission {
        AskAgainMarker() {
            super(false);
        }

        @Override
        public BreakerState admittedIn() {
            throw new UnsupportedOperationException();
        }

        @Override
        void onOutcome(CircuitBreakerStateMachine machine, long nowNanos, boolean failure, boolean slow) {
            throw new UnsupportedOperationException();
        }
    }
}
