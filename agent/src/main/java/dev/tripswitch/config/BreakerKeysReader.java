package dev.tripswitch.config;

import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import dev.tripswitch.breaker.BreakerSettings;
import dev.tripswitch.breaker.Mode;
import dev.tripswitch.breaker.WindowType;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Reads the breaker keys of SPEC §2 {@code defaults} found in one object (the defaults, or a target's
 * overrides) on top of the settings it inherits. Keys the object does not set keep their inherited value.
 */
final class BreakerKeysReader {
    static final List<String> KEYS = List.of(
            "mode", "sliding-window", "minimum-calls", "failure-rate-threshold", "slow-call-duration",
            "slow-call-rate-threshold", "open-duration", "open-duration-multiplier", "open-duration-max",
            "half-open-calls", "half-open-max-wait", "record-exceptions", "ignore-exceptions");
    private static final List<String> WINDOW_KEYS = List.of("type", "size");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ValueReader reader;

    BreakerKeysReader(ValueReader reader) {
        this.reader = reader;
    }

    /**
     * @return the settings with this object's keys applied, or null when any of them is invalid
     *         (the problems are recorded)
     */
    BreakerSettings read(ConfigObject object, KeyPath path, BreakerSettings inherited) {
        int problemsBefore = reader.problems().count();
        BreakerSettings.Builder builder = inherited.toBuilder()
                .mode(reader.optional(object, path, "mode", inherited.mode(), this::readMode))
                .minimumCalls(reader.optional(object, path, "minimum-calls", inherited.minimumCalls(),
                        (value, at) -> reader.integer(value, at, 1, Integer.MAX_VALUE, "a whole number of calls, at least 1")))
                .failureRateThreshold(reader.optional(object, path, "failure-rate-threshold",
                        inherited.failureRateThreshold(), reader::percent))
                .slowCallRateThreshold(reader.optional(object, path, "slow-call-rate-threshold",
                        inherited.slowCallRateThreshold(), reader::percent))
                .slowCallDuration(duration(object, path, "slow-call-duration", inherited.slowCallDurationNanos()))
                .openDurationMultiplier(reader.optional(object, path, "open-duration-multiplier",
                        inherited.openDurationMultiplier(),
                        (value, at) -> reader.number(value, at, 1.0, "a number at least 1.0 (1.0 keeps the wait constant)")))
                .halfOpenCalls(reader.optional(object, path, "half-open-calls", inherited.halfOpenCalls(),
                        (value, at) -> reader.integer(value, at, 1, BreakerSettings.MAX_HALF_OPEN_CALLS,
                                "a whole number of trial calls in 1.." + BreakerSettings.MAX_HALF_OPEN_CALLS)))
                .halfOpenMaxWait(duration(object, path, "half-open-max-wait", inherited.halfOpenMaxWaitNanos()))
                .recordExceptions(reader.optional(object, path, "record-exceptions", inherited.recordExceptions(),
                        reader::classNames))
                .ignoreExceptions(reader.optional(object, path, "ignore-exceptions", inherited.ignoreExceptions(),
                        reader::classNames));
        if (object.containsKey("sliding-window")) {
            readWindow(object.get("sliding-window"), path.child("sliding-window"), inherited, builder);
        }

        Duration openDuration = duration(object, path, "open-duration", inherited.openDurationNanos());
        Duration openDurationMax = duration(object, path, "open-duration-max", inherited.openDurationMaxNanos());
        if (openDurationMax.compareTo(openDuration) < 0) {
            // Placed on whichever of the two this object set, open-duration-max first.
            String key = object.containsKey("open-duration-max") ? "open-duration-max" : "open-duration";
            reader.problem(path.child(key), object.get(key), "expected open-duration-max at least open-duration, found "
                    + "open-duration-max = " + Hocon.duration(openDurationMax)
                    + " and open-duration = " + Hocon.duration(openDuration));
        }
        if (reader.problems().count() > problemsBefore) {
            return null;
        }
        return builder.openDuration(openDuration).openDurationMax(openDurationMax).build();
    }

    private Mode readMode(ConfigValue value, KeyPath at) {
        String mode = reader.oneOf(value, at, List.of("enforce", "observe", "disabled"));
        return mode == null ? null : Mode.valueOf(mode.toUpperCase(Locale.ROOT));
    }

    /** The object's own duration for {@code key} if it is valid, else the inherited one. */
    private Duration duration(ConfigObject object, KeyPath path, String key, long inheritedNanos) {
        return Duration.ofNanos(reader.optional(object, path, key, inheritedNanos, reader::positiveDuration));
    }

    private void readWindow(ConfigValue value, KeyPath at, BreakerSettings inherited, BreakerSettings.Builder builder) {
        ConfigObject window = reader.object(value, at, "an object such as { type = count, size = 100 }");
        if (window == null) {
            return;
        }
        reader.rejectUnknownKeys(window, at, WINDOW_KEYS, null);
        WindowType type = inherited.windowType();
        if (window.containsKey("type")) {
            String typeName = reader.oneOf(window.get("type"), at.child("type"), List.of("count", "time"));
            if (typeName == null) {
                return;
            }
            type = WindowType.valueOf(typeName.toUpperCase(Locale.ROOT));
        }
        int size = inherited.windowSize();
        if (window.containsKey("size")) {
            Integer read = readWindowSize(window.get("size"), at.child("size"), type);
            if (read == null) {
                return;
            }
            size = read;
        } else if (type != inherited.windowType() && !fits(type, size)) {
            reader.problem(at.child("type"), window.get("type"), "a " + type.name().toLowerCase(Locale.ROOT)
                    + " window cannot have the inherited size " + size + "; set sliding-window.size as well");
            return;
        }
        builder.slidingWindow(type, size);
    }

    private Integer readWindowSize(ConfigValue value, KeyPath at, WindowType type) {
        if (type == WindowType.COUNT) {
            return reader.integer(value, at, 1, BreakerSettings.MAX_COUNT_WINDOW_SIZE,
                    "a whole number of calls in 1.." + BreakerSettings.MAX_COUNT_WINDOW_SIZE);
        }
        String what = "a whole number of seconds in 1.." + BreakerSettings.MAX_TIME_WINDOW_SECONDS
                + ", or a duration such as 60s";
        if (ValueReader.wholeNumber(value) != null) {
            return reader.integer(value, at, 1, BreakerSettings.MAX_TIME_WINDOW_SECONDS, what);
        }
        Long nanos = ValueReader.durationNanos(value);
        long seconds = nanos == null ? 0 : nanos / NANOS_PER_SECOND;
        if (nanos != null && nanos % NANOS_PER_SECOND == 0 && seconds >= 1
                && seconds <= BreakerSettings.MAX_TIME_WINDOW_SECONDS) {
            return (int) seconds;
        }
        return reader.expected(at, value, what);
    }

    private static boolean fits(WindowType type, int size) {
        return size <= (type == WindowType.COUNT ? BreakerSettings.MAX_COUNT_WINDOW_SIZE : BreakerSettings.MAX_TIME_WINDOW_SECONDS);
    }
}
