package dev.tripswitch.breaker;

/** How a breaker acts on its decisions (SPEC §2 {@code mode}, §3). */
public enum Mode {
    /** Calls the breaker rejects are stopped and get the fallback. */
    ENFORCE,
    /** The state machine runs as in {@link #ENFORCE}, but every call proceeds; would-be rejections are counted. */
    OBSERVE,
    /** The breaker starts {@link BreakerState#DISABLED}: everything passes and nothing is counted. */
    DISABLED
}
