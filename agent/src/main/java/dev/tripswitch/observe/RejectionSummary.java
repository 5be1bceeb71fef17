package dev.tripswitch.observe;

import dev.tripswitch.AgentLog;
import dev.tripswitch.breaker.CircuitBreaker;

import java.util.List;

/**
 * One log line per breaker and interval for the calls it rejected, instead of one per rejection:
 * {@code [tripswitch] pricing: 1523 calls rejected in the last 10s (OPEN)}. Runs on the agent's
 * thread; an interval without rejections says nothing.
 */
public final class RejectionSummary implements Runnable {
    public static final long INTERVAL_MILLIS = 10_000;

    private final RejectionTally tally;

    public RejectionSummary(List<CircuitBreaker> breakers) {
        this.tally = new RejectionTally(breakers);
    }

    @Override
    public void run() {
        tally.tally((breaker, metrics, rejected, wouldReject) -> {
            String interval = " in the last " + INTERVAL_MILLIS / 1000 + "s (" + metrics.state() + ")";
            if (rejected > 0) {
                AgentLog.info(breaker.name() + ": " + calls(rejected) + " rejected" + interval);
            }
            if (wouldReject > 0) {
                AgentLog.info(breaker.name() + ": " + calls(wouldReject) + " would have been rejected" + interval
                        + "; observe mode let them through");
            }
        });
    }

    private static String calls(long count) {
        return count + (count == 1 ? " call" : " calls");
    }
}
