package dev.tripswitch.breaker.internal;

/**
 * When a window's outcomes call for opening: enough calls, and a rate at or above its threshold.
 * Thresholds are held in millionths of a percent and compared in integers, so that "exactly at
 * the threshold" is exact: 0.56% of 1250 calls is 7 failures, which a floating-point product misses.
 */
final class Thresholds {
    private static final long MICROS_PER_PERCENT = 1_000_000L;
    private static final long MICROS_PER_WHOLE = 100 * MICROS_PER_PERCENT;

    final int minimumCalls;
    private final long failureRateMicros;
    private final long slowCallRateMicros;

    Thresholds(int minimumCalls, double failureRatePercent, double slowCallRatePercent) {
        this.minimumCalls = minimumCalls;
        this.failureRateMicros = Math.round(failureRatePercent * MICROS_PER_PERCENT);
        this.slowCallRateMicros = Math.round(slowCallRatePercent * MICROS_PER_PERCENT);
    }

    boolean reached(long calls, long failures, long slowCalls) {
        if (calls < minimumCalls || calls <= 0) {
            return false;
        }
        return atLeast(failures, MICROS_PER_WHOLE, failureRateMicros, calls)
                || atLeast(slowCalls, MICROS_PER_WHOLE, slowCallRateMicros, calls);
    }

    /** Whether the failure rate alone is at or above its threshold, whatever the number of calls. */
    boolean failureRateReached(long calls, long failures) {
        return calls > 0 && atLeast(failures, MICROS_PER_WHOLE, failureRateMicros, calls);
    }

    /** {@code a × b >= c × d} for non-negative longs, with 128-bit products: a time window's counts have no small bound. */
    private static boolean atLeast(long a, long b, long c, long d) {
        long high = Math.multiplyHigh(a, b);
        long otherHigh = Math.multiplyHigh(c, d);
        if (high != otherHigh) {
            return high > otherHigh;
        }
        return Long.compareUnsigned(a * b, c * d) >= 0;
    }
}
