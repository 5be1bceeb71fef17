package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.BreakerSettings;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The last {@code size} outcomes, in a ring. Each record claims the next slot, swaps its outcome
 * in and adds the difference to the packed totals: three atomic instructions, no lock.
 *
 * <p>Why it stays exact: every value written into a slot is taken out exactly once, by the
 * {@code getAndSet} of the next writer of that slot, so once the writers in flight have applied
 * their differences the totals equal the sum of the slots, whatever order the adds land in. The
 * calls field never leaves 0..size: it grows by one per slot filled and then stays.
 */
final class CountWindow implements SlidingWindow {
    private final int size;
    private final Thresholds thresholds;
    private final AtomicLongArray slots;
    private final AtomicLong nextSlot = new AtomicLong();
    private final AtomicLong totals = new AtomicLong();

    CountWindow(int size, Thresholds thresholds) {
        // The headroom above the largest size absorbs the transient excess of writers in flight.
        if (size < 1 || size > BreakerSettings.MAX_COUNT_WINDOW_SIZE) {
            throw new IllegalArgumentException("count window size out of range: " + size);
        }
        this.size = size;
        this.thresholds = thresholds;
        this.slots = new AtomicLongArray(size);
    }

    @Override
    public boolean record(long nowNanos, boolean failure, boolean slow) {
        long outcome = PackedCounts.outcome(failure, slow);
        int slot = (int) (nextSlot.getAndIncrement() % size);
        long evicted = slots.getAndSet(slot, outcome);
        long sums = totals.addAndGet(outcome - evicted);
        return thresholds.reached(PackedCounts.calls(sums), PackedCounts.failures(sums), PackedCounts.slows(sums));
    }

    @Override
    public WindowCounts counts(long nowNanos) {
        long sums = totals.get();
        return new WindowCounts(PackedCounts.calls(sums), PackedCounts.failures(sums), PackedCounts.slows(sums));
    }
}
