package dev.tripswitch.breaker.internal;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The outcomes of the last {@code seconds} seconds, the current one included, in one bucket per
 * second. Lock-free: each bucket cell holds its second and its count in one {@code long}, so a
 * record and the recycling of a stale bucket are single compare-and-sets, and running totals are
 * kept beside the buckets so that deciding costs three reads instead of a walk over the ring.
 *
 * <p>Seconds are counted from the window's creation. Expired buckets are subtracted from the
 * totals the first time a record or a reading notices that time has moved on; no thread is needed.
 */
final class TimeWindow implements SlidingWindow {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int NEWEST = CacheLines.PAD;

    private final int seconds;
    private final long originNanos;
    private final Thresholds thresholds;
    /** The newest second that buckets have been expired up to, at {@link CacheLines#PAD}. */
    private final AtomicLongArray newestSecond = CacheLines.paddedLongs(1);
    private final BucketRing calls;
    private final BucketRing failures;
    private final BucketRing slowCalls;

    TimeWindow(int seconds, long originNanos, Thresholds thresholds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("time window must span at least one second: " + seconds);
        }
        this.seconds = seconds;
        this.originNanos = originNanos;
        this.thresholds = thresholds;
        this.calls = new BucketRing(seconds);
        this.failures = new BucketRing(seconds);
        this.slowCalls = new BucketRing(seconds);
    }

    @Override
    public boolean record(long nowNanos, boolean failure, boolean slow) {
        long second = secondOf(nowNanos);
        long newest = advanceTo(second);
        if (second > newest - seconds) { // else it ended before the window began (a stalled thread): drop it
            calls.add(second);
            if (failure) {
                failures.add(second);
            }
            if (slow) {
                slowCalls.add(second);
            }
        }
        // Failures and slow calls are read before calls, which a record adds first: a racing record
        // can then make these totals miss a failure, never count a failure without its call.
        long failedTotal = failures.total();
        long slowTotal = slowCalls.total();
        return thresholds.reached(calls.total(), failedTotal, slowTotal) && confirmedReached();
    }

    /**
     * Recounts the live buckets before the breaker opens on what the running totals say: they may
     * have been read while a second expired, half of its counts gone. A bucket that already serves
     * a newer second shows that the window moved during the recount, and then nothing is decided:
     * the next outcome decides.
     */
    private boolean confirmedReached() {
        long newest = newestSecond.get(NEWEST);
        long failed = failures.liveSum(newest, seconds);
        long slow = slowCalls.liveSum(newest, seconds);
        long all = calls.liveSum(newest, seconds);
        return failed >= 0 && slow >= 0 && all >= 0 && thresholds.reached(all, failed, slow);
    }

    @Override
    public WindowCounts counts(long nowNanos) {
        advanceTo(secondOf(nowNanos));
        long failedTotal = failures.total();
        long slowTotal = slowCalls.total();
        return new WindowCounts(calls.total(), failedTotal, slowTotal);
    }

    private long secondOf(long nowNanos) {
        return Math.max(0, (nowNanos - originNanos) / NANOS_PER_SECOND);
    }

    /** Expires the buckets of seconds that left the window; returns the newest second seen. */
    private long advanceTo(long second) {
        long newest = newestSecond.get(NEWEST);
        if (second <= newest) {
            return newest;
        }
        // Racing threads may expire the same seconds; each bucket's compare-and-set lets one of them
        // subtract it. Calls go last, the reverse of a record, so that a reader sees a second's
        // failures leave no later than its calls.
        for (long s = Math.max(newest + 1, second - seconds + 1); s <= second; s++) {
            failures.expireFor(s);
            slowCalls.expireFor(s);
            calls.expireFor(s);
        }
        while (newest < second && !newestSecond.compareAndSet(NEWEST, newest, second)) {
            newest = newestSecond.get(NEWEST);
        }
        return Math.max(newest, second);
    }

    /**
     * One counter per second, in a ring of cells {@code second << 32 | count}, and their running
     * total. A count takes 32 bits: four billion outcomes a second before it could overflow into
     * its second.
     */
    private static final class BucketRing {
        private static final long COUNT_MASK = 0xFFFF_FFFFL;

        private static final int TOTAL = CacheLines.PAD;

        /** The bucket of second {@code s} at {@code PAD + s % seconds}. */
        private final AtomicLongArray cells;
        private final int seconds;
        /** The running total, at {@link #TOTAL}: written by every record, so alone on its cache line. */
        private final AtomicLongArray total = CacheLines.paddedLongs(1);

        BucketRing(int seconds) {
            this.cells = CacheLines.paddedLongs(seconds);
            this.seconds = seconds;
        }

        private int index(long second) {
            return CacheLines.PAD + (int) (second % seconds);
        }

        void add(long second) {
            int index = index(second);
            // Common case: the bucket already counts this second. An add cannot fail under
            // contention the way a compare-and-set does; the count is the cell's low half.
            long previous = cells.getAndIncrement(index);
            if (previous >>> 32 == second) {
                total.incrementAndGet(TOTAL);
                return;
            }
            cells.getAndDecrement(index); // it served another second: take the add back, then look closer
            for (;;) {
                long cell = cells.get(index);
                long cellSecond = cell >>> 32;
                if (cellSecond == second) {
                    if (cells.compareAndSet(index, cell, cell + 1)) {
                        total.incrementAndGet(TOTAL);
                        return;
                    }
                } else if (cellSecond < second) {
                    // advanceTo has expired this bucket before any record of its second in every
                    // interleaving; this only guards against a stale one.
                    expireFor(second);
                } else {
                    return; // the bucket already serves a later second: this outcome has left the window
                }
            }
        }

        /** Empties the bucket that {@code second} will use, if it still holds an older second. */
        void expireFor(long second) {
            int index = index(second);
            for (;;) {
                long cell = cells.get(index);
                if (cell >>> 32 >= second) {
                    return;
                }
                if (cells.compareAndSet(index, cell, second << 32)) {
                    long count = cell & COUNT_MASK;
                    if (count != 0) {
                        total.addAndGet(TOTAL, -count);
                    }
                    return;
                }
            }
        }

        /**
         * The sum of the buckets of the {@code seconds} seconds up to {@code newest}, or -1 when a
         * bucket already serves a later second: the window moved while it was being summed.
         */
        long liveSum(long newest, int seconds) {
            long sum = 0;
            for (long s = Math.max(0, newest - seconds + 1); s <= newest; s++) {
                long cell = cells.get(index(s));
                long cellSecond = cell >>> 32;
                if (cellSecond > newest) {
                    return -1;
                }
                if (cellSecond == s) {
                    sum += cell & COUNT_MASK;
                }
            }
            return sum;
        }

        /** The sum of the live buckets; a moment's negative (a subtraction overtaking its add) reads as 0. */
        long total() {
            return Math.max(0, total.get(TOTAL));
        }
    }
}
