package dev.tripswitch.breaker;

/**
 * One state change of a breaker. {@code sequence} numbers the transitions of a breaker 1, 2, 3, ...
 * with no gap: listeners are called on the thread that made the change, so two changes in quick
 * succession may reach a listener out of order, and the sequence puts them back in order.
 */
public final class Transition {
    private final String breakerName;
    private final BreakerState from;
    private final BreakerState to;
    private final long sequence;
    private final long wallClockMillis;
    private final String reason;
    private final float failureRate;
    private final float slowCallRate;

    public Transition(String breakerName, BreakerState from, BreakerState to, long sequence, long wallClockMillis,
                      String reason, float failureRate, float slowCallRate) {
        this.breakerName = breakerName;
        this.from = from;
        this.to = to;
        this.sequence = sequence;
        this.wallClockMillis = wallClockMillis;
        this.reason = reason;
        this.failureRate = failureRate;
        this.slowCallRate = slowCallRate;
    }

    public String breakerName() {
        return breakerName;
    }

    public BreakerState from() {
        return from;
    }

    public BreakerState to() {
        return to;
    }

    public long sequence() {
        return sequence;
    }

    public long wallClockMillis() {
        return wallClockMillis;
    }

    /** Why, in an operator's words: {@code failure rate 62.5% >= 50% over 16 calls}, {@code after 30s}. */
    public String reason() {
        return reason;
    }

    /** The failure rate of the outcomes that decided the transition, in percent; -1 when none did (an operator, a wait). */
    public float failureRate() {
        return failureRate;
    }

    /** The slow-call rate of the outcomes that decided the transition, in percent; -1 when none did. */
    public float slowCallRate() {
        return slowCallRate;
    }

    @Override
    public String toString() {
        return breakerName + " #" + sequence + " " + from + " -> " + to + ": " + reason;
    }
}
