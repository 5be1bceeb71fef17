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
        BreakerSettings.Builder builder = inherited.toBuilder();

        ifPresent(object, path, "mode", (value, at) -> {
            String mode = reader.oneOf(value, at, List.of("enforce", "observe", "disabled"));
            if (mode != null) {
                builder.mode(Mode.valueOf(mode.toUpperCase(Locale.ROOT)));
            }
        });
        ifPresent(object, path, "sliding-window", (value, at) -> readWindow(value, at, inherited, builder));
        ifPresent(object, path, "minimum-calls", (value, at) -> {
            Integer calls = reader.integer(value, at, 1, Integer.MAX_VALUE, "a whole number of calls, at least 1");
            if (calls != null) {
                builder.minimumCalls(calls);
            }
        });
        ifPresent(object, path, "failure-rate-threshold", (value, at) -> {
            Double percent = reader.percent(value, at);
            if (percent != null) {
                builder.failureRateThreshold(percent);
            }
        });
        ifPresent(object, path, "slow-call-rate-threshold", (value, at) -> {
            Double percent = reader.percent(value, at);
            if (percent != null) {
                builder.slowCallRateThreshold(percent);
            }
        });
        ifPresent(object, path, "slow-call-duration", (value, at) -> {
            Long nanos = reader.positiveDuration(value, at);
            if (nanos != null) {
                builder.slowCallDuration(Duration.ofNanos(nanos));
            }
        });
        long openDuration = durationOrInherited(object, path, "open-duration", inherited.openDurationNanos());
        builder.openDuration(Duration.ofNanos(openDuration));
        ifPresent(object, path, "open-duration-multiplier", (value, at) -> {
            Double multiplier = reader.number(value, at, 1.0, "a number at least 1.0 (1.0 keeps the wait constant)");
            if (multiplier != null) {
                builder.openDurationMultiplier(multiplier);
            }
        });
        long openDurationMax = durationOrInherited(object, path, "open-duration-max", inherited.openDurationMaxNanos());
        builder.openDurationMax(Duration.ofNanos(openDurationMax));
        if (openDurationMax < openDuration) {
            // Placed on whichever of the two this object set, open-duration-max first.
            String key = object.containsKey("open-duration-max") ? "open-duration-max" : "open-duration";
            reader.problem(path.child(key), object.get(key), "expected open-duration-max at least open-duration, found "
                    + "open-duration-max = " + Hocon.duration(openDurationMax)
                    + " and open-duration = " + Hocon.duration(openDuration));
        }
        ifPresent(object, path, "half-open-calls", (value, at) -> {
            Integer calls = reader.integer(value, at, 1, BreakerSettings.MAX_HALF_OPEN_CALLS,
                    "a whole number of trial calls in 1.." + BreakerSettings.MAX_HALF_OPEN_CALLS);
            if (calls != null) {
                builder.halfOpenCalls(calls);
            }
        });
        ifPresent(object, path, "half-open-max-wait", (value, at) -> {
            Long nanos = reader.positiveDuration(value, at);
            if (nanos != null) {
                builder.halfOpenMaxWait(Duration.ofNanos(nanos));
            }
        });
        ifPresent(object, path, "record-exceptions", (value, at) -> {
            List<String> names = reader.classNames(value, at);
            if (names != null) {
                builder.recordExceptions(names);
            }
        });
        ifPresent(object, path, "ignore-exceptions", (value, at) -> {
            List<String> names = reader.classNames(value, at);
            if (names != null) {
                builder.ignoreExceptions(names);
            }
        });
        return reader.problems().count() > problemsBefore ? null : builder.build();
    }

    /** The object's own duration for {@code key} if it is valid, else the inherited one. */
    private long durationOrInherited(ConfigObject object, KeyPath path, String key, long inheritedNanos) {
        ConfigValue value = object.get(key);
        Long nanos = value == null ? null : reader.positiveDuration(value, path.child(key));
        return nanos != null ? nanos : inheritedNanos;
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

    private static void ifPresent(ConfigObject object, KeyPath path, String key, KeyAction action) {
        ConfigValue value = object.get(key);
        if (value != null) {
            action.apply(value, path.child(key));
        }
    }

    @FunctionalInterface
    private interface KeyAction {
        void apply(ConfigValue value, KeyPath at);
    }
}
