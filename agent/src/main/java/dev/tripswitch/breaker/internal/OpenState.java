package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.BreakerState;

/**
 * Rejects until its open duration has passed; then the first call to ask moves the breaker to
 * HALF_OPEN and becomes a trial. No timer: the move happens lazily, in {@link #tryAcquire}.
 */
final class OpenState extends State {
    private final long openedAtNanos;
    final long waitNanos;
    /** The outcomes that opened it, shown to operators while it is open. */
    private final WindowCounts countsAtOpening;
    private final int minimumCalls;

    OpenState(long sequence, int reopenings, long enteredAtMillis, long openedAtNanos, long waitNanos,
              WindowCounts countsAtOpening, int minimumCalls) {
        super(true, sequence, reopenings, enteredAtMillis);
        this.openedAtNanos = openedAtNanos;
        this.waitNanos = waitNanos;
        this.countsAtOpening = countsAtOpening;
        this.minimumCalls = minimumCalls;
    }

    @Override
    BreakerState kind() {
        return BreakerState.OPEN;
    }

    @Override
    Admission tryAcquire(CircuitBreakerStateMachine machine, long nowNanos) {
        if (nowNanos - openedAtNanos < waitNanos) {
            return null;
        }
        // The call that ends the wait is the first trial (SPEC §3): its slot is reserved with the state.
        HalfOpenState halfOpen = machine.halfOpen(this, nowNanos);
        return halfOpen != null ? halfOpen : ASK_AGAIN;
    }

    @Override
    void onOutcome(CircuitBreakerStateMachine machine, long nowNanos, boolean failure, boolean slow) {
        // OPEN admits nothing; a permit of an OPEN state cannot exist.
    }

    @Override
    WindowCounts counts(long nowNanos) {
        return countsAtOpening;
    }

    @Override
    int minimumCalls() {
        return minimumCalls;
    }
}
