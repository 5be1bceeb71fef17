package dev.tripswitch.breaker;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The effective settings of one breaker (SPEC §2 {@code defaults}, merged with a target's overrides).
 * Immutable. The builder starts from the documented defaults and rejects values the engine cannot
 * run with; user-facing validation with file and line happens earlier, in the config model.
 */
public final class BreakerSettings {

    /** Bound of a count window: its counters are packed into 21-bit fields. */
    public static final int MAX_COUNT_WINDOW_SIZE = 1_000_000;
    /** Bound of a time window, in seconds: one bucket per second is kept. */
    public static final int MAX_TIME_WINDOW_SECONDS = 3_600;
    /** Bound of the trial calls in HALF_OPEN: their counters are packed into 21-bit fields. */
    public static final int MAX_HALF_OPEN_CALLS = 100_000;

    private final Mode mode;
    private final WindowType windowType;
    private final int windowSize;
    private final int minimumCalls;
    private final double failureRateThreshold;
    private final long slowCallDurationNanos;
    private final double slowCallRateThreshold;
    private final long openDurationNanos;
    private final double openDurationMultiplier;
    private final long openDurationMaxNanos;
    private final int halfOpenCalls;
    private final long halfOpenMaxWaitNanos;
    private final List<String> recordExceptions;
    private final List<String> ignoreExceptions;

    private BreakerSettings(Builder b) {
        this.mode = b.mode;
        this.windowType = b.windowType;
        this.windowSize = b.windowSize;
        this.minimumCalls = b.minimumCalls;
        this.failureRateThreshold = b.failureRateThreshold;
        this.slowCallDurationNanos = b.slowCallDurationNanos;
        this.slowCallRateThreshold = b.slowCallRateThreshold;
        this.openDurationNanos = b.openDurationNanos;
        this.openDurationMultiplier = b.openDurationMultiplier;
        this.openDurationMaxNanos = b.openDurationMaxNanos;
        this.halfOpenCalls = b.halfOpenCalls;
        this.halfOpenMaxWaitNanos = b.halfOpenMaxWaitNanos;
        this.recordExceptions = b.recordExceptions;
        this.ignoreExceptions = b.ignoreExceptions;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The settings of SPEC §2 {@code defaults} with nothing overridden. */
    public static BreakerSettings defaults() {
        return builder().build();
    }

    public Builder toBuilder() {
        return new Builder()
                .mode(mode)
                .slidingWindow(windowType, windowSize)
                .minimumCalls(minimumCalls)
                .failureRateThreshold(failureRateThreshold)
                .slowCallDuration(Duration.ofNanos(slowCallDurationNanos))
                .slowCallRateThreshold(slowCallRateThreshold)
                .openDuration(Duration.ofNanos(openDurationNanos))
                .openDurationMultiplier(openDurationMultiplier)
                .openDurationMax(Duration.ofNanos(openDurationMaxNanos))
                .halfOpenCalls(halfOpenCalls)
                .halfOpenMaxWait(Duration.ofNanos(halfOpenMaxWaitNanos))
                .recordExceptions(recordExceptions)
                .ignoreExceptions(ignoreExceptions);
    }

    public Mode mode() {
        return mode;
    }

    public WindowType windowType() {
        return windowType;
    }

    /** Calls for a count window, seconds for a time window. */
    public int windowSize() {
        return windowSize;
    }

    public int minimumCalls() {
        return minimumCalls;
    }

    /** The number of outcomes the window must hold before it decides: for a count window at most its size. */
    public int effectiveMinimumCalls() {
        return windowType == WindowType.COUNT ? Math.min(minimumCalls, windowSize) : minimumCalls;
    }

    public double failureRateThreshold() {
        return failureRateThreshold;
    }

    public long slowCallDurationNanos() {
        return slowCallDurationNanos;
    }

    public double slowCallRateThreshold() {
        return slowCallRateThreshold;
    }

    public long openDurationNanos() {
        return openDurationNanos;
    }

    public double openDurationMultiplier() {
        return openDurationMultiplier;
    }

    public long openDurationMaxNanos() {
        return openDurationMaxNanos;
    }

    /**
     * How long OPEN rejects after the given number of consecutive re-openings from HALF_OPEN:
     * {@code open-duration × multiplier^reopenings}, capped by {@code open-duration-max}.
     */
    public long openDurationNanosAfter(int reopenings) {
        double wait = openDurationNanos * Math.pow(openDurationMultiplier, reopenings);
        return (long) Math.min(wait, openDurationMaxNanos);
    }

    public int halfOpenCalls() {
        return halfOpenCalls;
    }

    public long halfOpenMaxWaitNanos() {
        return halfOpenMaxWaitNanos;
    }

    public List<String> recordExceptions() {
        return recordExceptions;
    }

    public List<String> ignoreExceptions() {
        return ignoreExceptions;
    }

    /** True when a window built for {@code other} has the same shape as one built for these settings. */
    public boolean sameWindowShape(BreakerSettings other) {
        return windowType == other.windowType && windowSize == other.windowSize;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BreakerSettings)) {
            return false;
        }
        BreakerSettings that = (BreakerSettings) o;
        return mode == that.mode
                && windowType == that.windowType
                && windowSize == that.windowSize
                && minimumCalls == that.minimumCalls
                && Double.compare(failureRateThreshold, that.failureRateThreshold) == 0
                && slowCallDurationNanos == that.slowCallDurationNanos
                && Double.compare(slowCallRateThreshold, that.slowCallRateThreshold) == 0
                && openDurationNanos == that.openDurationNanos
                && Double.compare(openDurationMultiplier, that.openDurationMultiplier) == 0
                && openDurationMaxNanos == that.openDurationMaxNanos
                && halfOpenCalls == that.halfOpenCalls
                && halfOpenMaxWaitNanos == that.halfOpenMaxWaitNanos
                && recordExceptions.equals(that.recordExceptions)
                && ignoreExceptions.equals(that.ignoreExceptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, windowType, windowSize, minimumCalls, failureRateThreshold, slowCallDurationNanos,
                slowCallRateThreshold, openDurationNanos, openDurationMultiplier, openDurationMaxNanos, halfOpenCalls,
                halfOpenMaxWaitNanos, recordExceptions, ignoreExceptions);
    }

    @Override
    public String toString() {
        return "BreakerSettings{mode=" + mode + ", window=" + windowType + "/" + windowSize
                + ", minimumCalls=" + minimumCalls + ", failureRateThreshold=" + failureRateThreshold
                + ", slowCallDuration=" + Duration.ofNanos(slowCallDurationNanos)
                + ", slowCallRateThreshold=" + slowCallRateThreshold
                + ", openDuration=" + Duration.ofNanos(openDurationNanos)
                + ", openDurationMultiplier=" + openDurationMultiplier
                + ", openDurationMax=" + Duration.ofNanos(openDurationMaxNanos)
                + ", halfOpenCalls=" + halfOpenCalls
                + ", halfOpenMaxWait=" + Duration.ofNanos(halfOpenMaxWaitNanos)
                + ", recordExceptions=" + recordExceptions + ", ignoreExceptions=" + ignoreExceptions + "}";
    }

    /** Starts from SPEC §2's defaults. Every setter rejects a value the engine cannot run with. */
    public static final class Builder {
        private Mode mode = Mode.ENFORCE;
        private WindowType windowType = WindowType.COUNT;
        private int windowSize = 100;
        private int minimumCalls = 20;
        private double failureRateThreshold = 50;
        private long slowCallDurationNanos = Duration.ofSeconds(5).toNanos();
        private double slowCallRateThreshold = 100;
        private long openDurationNanos = Duration.ofSeconds(30).toNanos();
        private double openDurationMultiplier = 1.0;
        private long openDurationMaxNanos = Duration.ofMinutes(5).toNanos();
        private int halfOpenCalls = 5;
        private long halfOpenMaxWaitNanos = Duration.ofSeconds(30).toNanos();
        private List<String> recordExceptions = List.of();
        private List<String> ignoreExceptions = List.of();

        private Builder() {
        }

        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public Builder slidingWindow(WindowType type, int size) {
            Objects.requireNonNull(type, "type");
            int max = type == WindowType.COUNT ? MAX_COUNT_WINDOW_SIZE : MAX_TIME_WINDOW_SECONDS;
            require(size >= 1 && size <= max, "sliding window size must be in 1.." + max + ", was " + size);
            this.windowType = type;
            this.windowSize = size;
            return this;
        }

        public Builder minimumCalls(int minimumCalls) {
            require(minimumCalls >= 1, "minimum-calls must be at least 1, was " + minimumCalls);
            this.minimumCalls = minimumCalls;
            return this;
        }

        public Builder failureRateThreshold(double percent) {
            requirePercent(percent, "failure-rate-threshold");
            this.failureRateThreshold = percent;
            return this;
        }

        public Builder slowCallDuration(Duration duration) {
            this.slowCallDurationNanos = positiveNanos(duration, "slow-call-duration");
            return this;
        }

        public Builder slowCallRateThreshold(double percent) {
            requirePercent(percent, "slow-call-rate-threshold");
            this.slowCallRateThreshold = percent;
            return this;
        }

        public Builder openDuration(Duration duration) {
            this.openDurationNanos = positiveNanos(duration, "open-duration");
            return this;
        }

        public Builder openDurationMultiplier(double multiplier) {
            require(multiplier >= 1.0 && !Double.isInfinite(multiplier),
                    "open-duration-multiplier must be at least 1.0, was " + multiplier);
            this.openDurationMultiplier = multiplier;
            return this;
        }

        public Builder openDurationMax(Duration duration) {
            this.openDurationMaxNanos = positiveNanos(duration, "open-duration-max");
            return this;
        }

        public Builder halfOpenCalls(int calls) {
            require(calls >= 1 && calls <= MAX_HALF_OPEN_CALLS,
                    "half-open-calls must be in 1.." + MAX_HALF_OPEN_CALLS + ", was " + calls);
            this.halfOpenCalls = calls;
            return this;
        }

        public Builder halfOpenMaxWait(Duration duration) {
            this.halfOpenMaxWaitNanos = positiveNanos(duration, "half-open-max-wait");
            return this;
        }

        public Builder recordExceptions(List<String> classNames) {
            this.recordExceptions = List.copyOf(classNames);
            return this;
        }

        public Builder ignoreExceptions(List<String> classNames) {
            this.ignoreExceptions = List.copyOf(classNames);
            return this;
        }

        public BreakerSettings build() {
            require(openDurationMaxNanos >= openDurationNanos, "open-duration-max ("
                    + Duration.ofNanos(openDurationMaxNanos) + ") is shorter than open-duration ("
                    + Duration.ofNanos(openDurationNanos) + ")");
            return new BreakerSettings(this);
        }

        private static void requirePercent(double percent, String name) {
            require(percent > 0 && percent <= 100, name + " must be a percentage with 0 < x <= 100, was " + percent);
        }

        private static long positiveNanos(Duration duration, String name) {
            require(duration != null && !duration.isNegative() && !duration.isZero(),
                    name + " must be a positive duration, was " + duration);
            try {
                return duration.toNanos();
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
