package dev.tripswitch.breaker;

/** The shape of the sliding window over which failure and slow-call rates are computed. */
public enum WindowType {
    /** The last {@code size} calls. */
    COUNT,
    /** The calls that ended in the last {@code size} seconds (the current second included). */
    TIME
}
