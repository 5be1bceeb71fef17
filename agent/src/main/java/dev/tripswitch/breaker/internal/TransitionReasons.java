package dev.tripswitch.breaker.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;

/**
 * Why a breaker changed state, in the words operators read in the log, in JMX and in Flight
 * Recorder: {@code failure rate 62.5% >= 50% over 16 calls}. Built only when a transition happens.
 */
final class TransitionReasons {
    private TransitionReasons() {
    }

    /** A window's outcomes reached a threshold: names the one reached, the failure rate first. */
    static String thresholdReached(WindowCounts counts, boolean byFailures, double failureThreshold,
                                   double slowThreshold, String over) {
        if (byFailures) {
            return "failure rate " + percent(counts.percent(counts.failures, 1)) + " >= " + percent(failureThreshold)
                    + " over " + over;
        }
        return "slow-call rate " + percent(counts.percent(counts.slowCalls, 1)) + " >= " + percent(slowThreshold)
                + " over " + over;
    }

    static String calls(int calls) {
        return calls + (calls == 1 ? " call" : " calls");
    }

    static String trials(WindowCounts counts) {
        return counts.calls + (counts.calls == 1 ? " trial" : " trials");
    }

    /** Every trial done and below both thresholds. */
    static String trialsPassed(WindowCounts counts) {
        if (counts.failures == 0 && counts.slowCalls == 0) {
            return counts.calls + "/" + counts.calls + " trials ok";
        }
        return trials(counts) + ": " + counts.failures + " failed, " + counts.slowCalls + " slow, below the thresholds";
    }

    static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** {@code 30s}, {@code 1.5s}, {@code 250ms}, {@code 2m}, {@code 1h}: as the config writes durations. */
    static String duration(long nanos) {
        if (nanos >= TimeUnit.HOURS.toNanos(1) && nanos % TimeUnit.HOURS.toNanos(1) == 0) {
            return TimeUnit.NANOSECONDS.toHours(nanos) + "h";
        }
        if (nanos >= TimeUnit.MINUTES.toNanos(1) && nanos % TimeUnit.MINUTES.toNanos(1) == 0) {
            return TimeUnit.NANOSECONDS.toMinutes(nanos) + "m";
        }
        if (nanos >= TimeUnit.SECONDS.toNanos(1)) {
            return decimal(nanos, 9) + "s";
        }
        return decimal(nanos, 6) + "ms";
    }

    private static String decimal(long nanos, int scale) {
        return BigDecimal.valueOf(nanos, scale).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
