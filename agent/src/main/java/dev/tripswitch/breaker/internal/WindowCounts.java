package dev.tripswitch.breaker.internal;

/** A snapshot of the outcomes a window holds, for metrics and for a state to remember. */
final class WindowCounts {
    static final WindowCounts EMPTY = new WindowCounts(0, 0, 0);

    final int calls;
    final int failures;
    final int slowCalls;

    WindowCounts(long calls, long failures, long slowCalls) {
        // Concurrent updates may leave a counter briefly below zero or above calls: show a sane picture.
        this.calls = (int) Math.max(0, calls);
        this.failures = (int) Math.min(this.calls, Math.max(0, failures));
        this.slowCalls = (int) Math.min(this.calls, Math.max(0, slowCalls));
    }

    /** {@code part} as a percentage of the calls, or -1 while there are fewer than {@code minimumCalls}. */
    float percent(int part, int minimumCalls) {
        if (calls < minimumCalls || calls == 0) {
            return -1f;
        }
        return (float) (part * 100.0 / calls);
    }
}
