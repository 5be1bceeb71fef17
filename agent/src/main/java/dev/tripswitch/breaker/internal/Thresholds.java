package dev.tripswitch.breaker.internal;

/** When a window's outcomes call for opening: enough calls, and a rate at or above its threshold. */
final class Thresholds {
    final int minimumCalls;
    private final double failureRatePercent;
    private final double slowCallRatePercent;

    Thresholds(int minimumCalls, double failureRatePercent, double slowCallRatePercent) {
        this.minimumCalls = minimumCalls;
        this.failureRatePercent = failureRatePercent;
        this.slowCallRatePercent = slowCallRatePercent;
    }

    boolean reached(long calls, long failures, long slowCalls) {
        if (calls < minimumCalls || calls <= 0) {
            return false;
        }
        // Multiplied out rather than divided, so that "exactly at the threshold" is exact.
        return failures * 100.0 >= failureRatePercent * calls
                || slowCalls * 100.0 >= slowCallRatePercent * calls;
    }
}
