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

    public Transition(String breakerName, BreakerState from, BreakerState to, long sequence, long wallClockMillis) {
        this.breakerName = breakerName;
        this.from = from;
        this.to = to;
        this.sequence = sequence;
        this.wallClockMillis = wallClockMillis;
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

    @Override
    public String toString() {
        return breakerName + " #" + sequence + " " + from + " -> " + to;
    }
}
