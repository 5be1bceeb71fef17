package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.BreakerState;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Admits at most {@code trials} calls. The call whose outcome completes the last trial decides:
 * a rate at or above its threshold re-opens (for longer, by the multiplier), otherwise the breaker
 * closes. Trials not all completed within {@code maxWaitNanos} re-open it, so that one hung trial
 * cannot keep the breaker half-open forever.
 */
final class HalfOpenState extends State {
    private final long startedAtNanos;
    private final long maxWaitNanos;
    private final Thresholds thresholds;
    /** Trials in flight or completed, the first being the call that opened HALF_OPEN. An ignored outcome gives its slot back. */
    private final AtomicInteger admitted = new AtomicInteger(1);
    /** Completed trials, as {@link PackedCounts}: each completion gets a distinct total, so one thread decides. */
    private final AtomicLong completed = new AtomicLong();

    HalfOpenState(long sequence, int reopenings, long enteredAtMillis, long startedAtNanos, long maxWaitNanos,
                  Thresholds thresholds) {
        super(true, sequence, reopenings, enteredAtMillis);
        this.startedAtNanos = startedAtNanos;
        this.maxWaitNanos = maxWaitNanos;
        this.thresholds = thresholds;
    }

    @Override
    BreakerState kind() {
        return BreakerState.HALF_OPEN;
    }

    private int trials() {
        return thresholds.minimumCalls;
    }

    @Override
    Admission tryAcquire(CircuitBreakerStateMachine machine, long nowNanos) {
        if (timedOut(nowNanos)) {
            machine.reopen(this, nowNanos, counts(nowNanos), true);
            return ASK_AGAIN;
        }
        for (;;) {
            int inFlightOrDone = admitted.get();
            if (inFlightOrDone >= trials()) {
                return null;
            }
            if (admitted.compareAndSet(inFlightOrDone, inFlightOrDone + 1)) {
                return this;
            }
        }
    }

    @Override
    void onOutcome(CircuitBreakerStateMachine machine, long nowNanos, boolean failure, boolean slow) {
        long sums = completed.addAndGet(PackedCounts.outcome(failure, slow));
        int done = PackedCounts.calls(sums);
        if (done < trials()) {
            return;
        }
        // This outcome completed the last trial: decide, once.
        WindowCounts trials = new WindowCounts(done, PackedCounts.failures(sums), PackedCounts.slows(sums));
        if (timedOut(nowNanos)) {
            machine.reopen(this, nowNanos, trials, true);
        } else if (thresholds.reached(done, trials.failures, trials.slowCalls)) {
            machine.reopen(this, nowNanos, trials, false);
        } else {
            machine.close(this, trials);
        }
    }

    @Override
    void onIgnored() {
        admitted.decrementAndGet();
    }

    private boolean timedOut(long nowNanos) {
        return nowNanos - startedAtNanos >= maxWaitNanos;
    }

    @Override
    WindowCounts counts(long nowNanos) {
        long sums = completed.get();
        return new WindowCounts(PackedCounts.calls(sums), PackedCounts.failures(sums), PackedCounts.slows(sums));
    }

    @Override
    int minimumCalls() {
        return trials();
    }
}
