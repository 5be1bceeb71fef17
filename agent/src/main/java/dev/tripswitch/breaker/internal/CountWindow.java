package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.BreakerSettings;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The last {@code size} outcomes, in a ring. Each record claims the next slot, swaps its outcome
 * in and adds the difference to the packed totals, if any: at most three atomic instructions, no lock.
 *
 * <p>Why it stays exact: every value written into a slot is taken out exactly once, by the
 * {@code getAndSet} of the next writer of that slot, so once the writers in flight have applied
 * their differences the totals equal the sum of the slots, whatever order the adds land in. The
 * calls field never leaves 0..size: it grows by one per slot filled and then stays.
 *
 * <p>Layout matters under contention. The slot counter and the totals share one cache line of
 * their own, away from read-only fields and array headers. Consecutive records write slots a
 * cache line apart, so that two cores recording at once do not fight over one line of slots.
 */
final class CountWindow implements SlidingWindow {
    private static final int PAD = CacheLines.PAD;
    private static final int NEXT_SLOT = PAD;
    private static final int TOTALS = PAD + 1;

    private final int size;
    private final Thresholds thresholds;
    /** {@link #NEXT_SLOT} and {@link #TOTALS}, padded on both sides. */
    private final AtomicLongArray counters = CacheLines.paddedLongs(2);
    /** Slot {@code i} at index {@code PAD + i}, padded on both sides. */
    private final AtomicLongArray slots;
    /** The n-th record of a lap goes to slot order[n]: consecutive records land on different cache lines. */
    private final int[] order;

    CountWindow(int size, Thresholds thresholds) {
        // The headroom above the largest size absorbs the transient excess of writers in flight.
        if (size < 1 || size > BreakerSettings.MAX_COUNT_WINDOW_SIZE) {
            throw new IllegalArgumentException("count window size out of range: " + size);
        }
        this.size = size;
        this.thresholds = thresholds;
        this.slots = CacheLines.paddedLongs(size);
        this.order = spreadOrder(size);
    }

    /** A permutation of 0..size-1 visiting slots {@link #PAD} apart, or as far apart as the size allows. */
    private static int[] spreadOrder(int size) {
        int stride = PAD + 1;
        while (stride > 1 && gcd(stride, size) != 1) {
            stride--;
        }
        int[] order = new int[size];
        for (int n = 0; n < size; n++) {
            order[n] = (int) ((long) n * stride % size);
        }
        return order;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Override
    public boolean record(long nowNanos, boolean failure, boolean slow) {
        long outcome = PackedCounts.outcome(failure, slow);
        int slot = PAD + order[(int) (counters.getAndIncrement(NEXT_SLOT) % size)];
        long evicted = slots.getAndSet(slot, outcome);
        // Most often an outcome replaces its like (a success a success): the totals stay as they are,
        // and reading them instead of adding zero spares every core a write to a shared line.
        long sums = outcome == evicted ? counters.get(TOTALS) : counters.addAndGet(TOTALS, outcome - evicted);
        return thresholds.reached(PackedCounts.calls(sums), PackedCounts.failures(sums), PackedCounts.slows(sums));
    }

    @Override
    public WindowCounts counts(long nowNanos) {
        long sums = counters.get(TOTALS);
        return new WindowCounts(PackedCounts.calls(sums), PackedCounts.failures(sums), PackedCounts.slows(sums));
    }
}
