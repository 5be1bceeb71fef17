package dev.tripswitch.breaker;

/**
 * What a breaker shows operators at one moment (SPEC §6). Rates are percentages, or -1 while the
 * window holds fewer outcomes than it needs to decide. Totals count since the breaker was created.
 */
public final class BreakerMetrics {
    private final BreakerState state;
    private final float failureRate;
    private final float slowCallRate;
    private final int bufferedCalls;
    private final long totalCalls;
    private final long totalFailures;
    private final long totalSlowCalls;
    private final long totalRejected;
    private final long totalFallbacks;
    private final long wouldRejectCalls;
    private final long lastTransitionMillis;

    public BreakerMetrics(BreakerState state, float failureRate, float slowCallRate, int bufferedCalls,
                          long totalCalls, long totalFailures, long totalSlowCalls, long totalRejected,
                          long totalFallbacks, long wouldRejectCalls, long lastTransitionMillis) {
        this.state = state;
        this.failureRate = failureRate;
        this.slowCallRate = slowCallRate;
        this.bufferedCalls = bufferedCalls;
        this.totalCalls = totalCalls;
        this.totalFailures = totalFailures;
        this.totalSlowCalls = totalSlowCalls;
        this.totalRejected = totalRejected;
        this.totalFallbacks = totalFallbacks;
        this.wouldRejectCalls = wouldRejectCalls;
        this.lastTransitionMillis = lastTransitionMillis;
    }

    public BreakerState state() {
        return state;
    }

    public float failureRate() {
        return failureRate;
    }

    public float slowCallRate() {
        return slowCallRate;
    }

    /** Outcomes in the window the current state decides on. */
    public int bufferedCalls() {
        return bufferedCalls;
    }

    /** Calls that were let through and ran, whatever their outcome (ignored exceptions included). */
    public long totalCalls() {
        return totalCalls;
    }

    public long totalFailures() {
        return totalFailures;
    }

    public long totalSlowCalls() {
        return totalSlowCalls;
    }

    /** Calls the breaker stopped. */
    public long totalRejected() {
        return totalRejected;
    }

    public long totalFallbacks() {
        return totalFallbacks;
    }

    /** Calls that observe mode let through although the breaker would have rejected them. */
    public long wouldRejectCalls() {
        return wouldRejectCalls;
    }

    /** When the breaker entered its current state (epoch millis); its creation for the first state. */
    public long lastTransitionMillis() {
        return lastTransitionMillis;
    }

    @Override
    public String toString() {
        return state + " failureRate=" + failureRate + "% slowCallRate=" + slowCallRate + "% buffered=" + bufferedCalls
                + " calls=" + totalCalls + " failures=" + totalFailures + " slow=" + totalSlowCalls
                + " rejected=" + totalRejected + " fallbacks=" + totalFallbacks + " wouldReject=" + wouldRejectCalls;
    }
}
