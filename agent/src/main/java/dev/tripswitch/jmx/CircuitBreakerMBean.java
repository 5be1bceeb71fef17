package dev.tripswitch.jmx;

/** What operators see and do of one breaker: {@code tripswitch:type=CircuitBreaker,name=<target>} (SPEC §6). */
public interface CircuitBreakerMBean {
    /** {@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}, {@code FORCED_OPEN} or {@code DISABLED}. */
    String getState();

    /** The configured mode: {@code enforce}, {@code observe} or {@code disabled}. */
    String getMode();

    /** Percent, or -1 while the window holds fewer than minimum-calls outcomes. */
    float getFailureRate();

    /** Percent, or -1 while the window holds fewer than minimum-calls outcomes. */
    float getSlowCallRate();

    int getBufferedCalls();

    long getTotalCalls();

    long getTotalFailures();

    long getTotalSlowCalls();

    long getTotalRejected();

    long getTotalFallbacks();

    long getWouldRejectCalls();

    /** When the breaker entered its current state, as an ISO-8601 instant. */
    String getLastTransition();

    /** The effective settings, as HOCON. */
    String getSettings();

    /** Rejects every call until {@link #reset()}. */
    void forceOpen();

    /** Lets every call through, counting nothing, until {@link #reset()}. */
    void disable();

    /** CLOSED, with an empty window and the open duration back to its base. */
    void reset();
}
