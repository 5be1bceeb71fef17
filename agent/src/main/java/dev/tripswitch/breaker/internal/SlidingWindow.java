package dev.tripswitch.breaker.internal;

/** The outcomes a CLOSED breaker decides on. Implementations are lock-free and allocate nothing per record. */
interface SlidingWindow {

    /**
     * Adds one outcome.
     *
     * @return whether the window, with this outcome in it, has reached a threshold
     */
    boolean record(long nowNanos, boolean failure, boolean slow);

    WindowCounts counts(long nowNanos);
}
