package dev.tripswitch.observe;

import dev.tripswitch.breaker.BreakerMetrics;
import dev.tripswitch.breaker.CircuitBreaker;

import java.util.List;

/**
 * The calls each breaker rejected, or observe mode let through although it would have rejected
 * them, since the previous tally: what a periodic report says. Not thread-safe: one reporter's.
 */
public final class RejectionTally {
    private final List<CircuitBreaker> breakers;
    private final long[] rejectedBefore;
    private final long[] wouldRejectBefore;

    public RejectionTally(List<CircuitBreaker> breakers) {
        this.breakers = List.copyOf(breakers);
        this.rejectedBefore = new long[breakers.size()];
        this.wouldRejectBefore = new long[breakers.size()];
    }

    /** One breaker's rejections since the previous tally. */
    @FunctionalInterface
    public interface Report {
        void rejected(CircuitBreaker breaker, BreakerMetrics metrics, long rejected, long wouldReject);
    }

    /** Hands {@code report} every breaker that rejected, or would have rejected, calls since the previous tally. */
    public void tally(Report report) {
        for (int i = 0; i < breakers.size(); i++) {
            CircuitBreaker breaker = breakers.get(i);
            BreakerMetrics metrics = breaker.metrics();
            long rejected = metrics.totalRejected() - rejectedBefore[i];
            long wouldReject = metrics.wouldRejectCalls() - wouldRejectBefore[i];
            rejectedBefore[i] = metrics.totalRejected();
            wouldRejectBefore[i] = metrics.wouldRejectCalls();
            if (rejected != 0 || wouldReject != 0) {
                report.rejected(breaker, metrics, rejected, wouldReject);
            }
        }
    }

    /** Forgets what was rejected so far: the next tally counts from now. */
    public void restart() {
        tally((breaker, metrics, rejected, wouldReject) -> {
        });
    }
}
