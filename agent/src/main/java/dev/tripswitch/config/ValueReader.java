package dev.tripswitch.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads typed values out of a config tree. Every reader either returns the value or records a
 * problem ("expected ..., found ...") and returns null, so that a load goes on to report every
 * problem of the file, not just the first. Strings are accepted wherever a number, duration or
 * list would be, because system properties can only be strings.
 */
final class ValueReader {
    private static final String DURATION = "a duration such as 30s, 250ms or 5m";

    private final Problems problems;

    ValueReader(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    void problem(KeyPath path, ConfigValue value, String message) {
        problems.add(path, value, message);
    }

    /** Records "expected {@code what}, found ..." and returns null. */
    <T> T expected(KeyPath path, ConfigValue value, String what) {
        problems.add(path, value, "expected " + what + ", found " + found(value));
        return null;
    }

    /** Reports every key of {@code object} not in {@code known}, with the nearest known key as a suggestion. */
    void rejectUnknownKeys(ConfigObject object, KeyPath path, Collection<String> known, String hintWhenNoMatch) {
        rejectUnknownKeys(object, path, known, known, hintWhenNoMatch);
    }

    /**
     * Reports every key of {@code object} not in {@code known}. Suggestions come from
     * {@code suggestions}, which may hold nested keys such as {@code http.failure-statuses}.
     */
    void rejectUnknownKeys(ConfigObject object, KeyPath path, Collection<String> known, Collection<String> suggestions,
                           String hintWhenNoMatch) {
        for (String key : new TreeMap<>(object).keySet()) {
            if (!known.contains(key)) {
                String nearest = KeySuggestions.nearest(key, suggestions);
                problems.add(path.child(key), object.get(key), "unknown key"
                        + (nearest != null ? "; did you mean " + nearest + "?"
                        : hintWhenNoMatch != null ? "; " + hintWhenNoMatch : ""));
            }
        }
    }

    /**
     * Reads {@code key} of {@code object} with {@code read}; the key absent, or invalid (its problem
     * recorded), gives {@code fallback}.
     */
    <T> T optional(ConfigObject object, KeyPath path, String key, T fallback, Read<T> read) {
        ConfigValue value = object.get(key);
        if (value == null) {
            return fallback;
        }
        T result = read.apply(value, path.child(key));
        return result != null ? result : fallback;
    }

    /** One of this class's readers: the value, or null with a problem recorded. */
    @FunctionalInterface
    interface Read<T> {
        T apply(ConfigValue value, KeyPath at);
    }

    ConfigObject object(ConfigValue value, KeyPath path, String what) {
        if (value instanceof ConfigObject) {
            return (ConfigObject) value;
        }
        return expected(path, value, what);
    }

    String string(ConfigValue value, KeyPath path, String what) {
        switch (value.valueType()) {
            case STRING:
            case NUMBER:
            case BOOLEAN:
                return String.valueOf(value.unwrapped());
            default:
                return expected(path, value, what);
        }
    }

    /** One of {@code choices}, case-insensitively, returned in lower case. */
    String oneOf(ConfigValue value, KeyPath path, List<String> choices) {
        String what = "one of " + String.join(", ", choices);
        if (value.valueType() != ConfigValueType.STRING) {
            return expected(path, value, what);
        }
        String text = ((String) value.unwrapped()).trim().toLowerCase(Locale.ROOT);
        if (choices.contains(text)) {
            return text;
        }
        String nearest = KeySuggestions.nearest(text, choices);
        problems.add(path, value, "expected " + what + ", found " + found(value)
                + (nearest != null ? "; did you mean " + nearest + "?" : ""));
        return null;
    }

    Boolean bool(ConfigValue value, KeyPath path) {
        try {
            return ConfigFactory.empty().withValue("v", value).getBoolean("v");
        } catch (ConfigException e) {
            return expected(path, value, "true or false");
        }
    }

    /** A whole number in {@code min..max}. */
    Integer integer(ConfigValue value, KeyPath path, long min, long max, String what) {
        Long number = wholeNumber(value);
        if (number == null) {
            return expected(path, value, what);
        }
        if (number < min || number > max) {
            return expected(path, value, what);
        }
        return number.intValue();
    }

    /** The value as a whole number, or null when it is not one. */
    static Long wholeNumber(ConfigValue value) {
        Object raw = value.unwrapped();
        if (raw instanceof Integer || raw instanceof Long) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof Double) {
            double d = (Double) raw;
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (long) d : null;
        }
        if (raw instanceof String) {
            try {
                return Long.parseLong(((String) raw).trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A number at least {@code min}. */
    Double number(ConfigValue value, KeyPath path, double min, String what) {
        Double number = decimal(value, false);
        if (number == null || number < min || number.isInfinite()) {
            return expected(path, value, what);
        }
        return number;
    }

    /** A percentage with 0 < x <= 100: {@code 50}, {@code 12.5} or {@code "50%"}. */
    Double percent(ConfigValue value, KeyPath path) {
        Double number = decimal(value, true);
        if (number == null || !(number > 0 && number <= 100)) {
            return expected(path, value, "a percentage with 0 < x <= 100");
        }
        return number;
    }

    private static Double decimal(ConfigValue value, boolean percentSign) {
        Object raw = value.unwrapped();
        if (raw instanceof Number) {
            return ((Number) raw).doubleValue();
        }
        if (raw instanceof String) {
            String text = ((String) raw).trim();
            if (percentSign && text.endsWith("%")) {
                text = text.substring(0, text.length() - 1).trim();
            }
            try {
                double parsed = Double.parseDouble(text);
                return Double.isNaN(parsed) ? null : parsed;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A positive duration in HOCON syntax, in nanoseconds. */
    Long positiveDuration(ConfigValue value, KeyPath path) {
        Long nanos = durationNanos(value);
        if (nanos == null) {
            return expected(path, value, DURATION);
        }
        if (nanos <= 0) {
            return expected(path, value, "a positive duration");
        }
        return nanos;
    }

    /** The value as a HOCON duration in nanoseconds (a bare number means milliseconds), or null. */
    static Long durationNanos(ConfigValue value) {
        if (value.valueType() != ConfigValueType.STRING && value.valueType() != ConfigValueType.NUMBER) {
            return null;
        }
        try {
            return ConfigFactory.empty().withValue("v", value).getDuration("v").toNanos();
        } catch (ConfigException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * The elements of a list. A single string counts as a list of one, and an object with keys
     * 0, 1, 2 ... as a list in that order, which is how system properties write lists.
     */
    List<ConfigValue> list(ConfigValue value, KeyPath path, String what) {
        if (value instanceof ConfigList) {
            return new ArrayList<>((ConfigList) value);
        }
        if (value.valueType() == ConfigValueType.STRING) {
            return List.of(value);
        }
        if (value instanceof ConfigObject && !((ConfigObject) value).isEmpty()) {
            TreeMap<Integer, ConfigValue> byIndex = new TreeMap<>();
            for (String key : ((ConfigObject) value).keySet()) {
                try {
                    byIndex.put(Integer.parseInt(key), ((ConfigObject) value).get(key));
                } catch (NumberFormatException e) {
                    return expected(path, value, what);
                }
            }
            return new ArrayList<>(byIndex.values());
        }
        return expected(path, value, what);
    }

    /** A list of Java class names, such as {@code ["java.io.IOException"]}. */
    List<String> classNames(ConfigValue value, KeyPath path) {
        List<ConfigValue> elements = list(value, path, "a list of class names such as [\"java.io.IOException\"]");
        if (elements == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < elements.size(); i++) {
            String name = className(elements.get(i), path.index(i));
            valid &= name != null;
            names.add(name);
        }
        return valid ? names : null;
    }

    String className(ConfigValue value, KeyPath path) {
        String what = "a fully qualified class name such as \"java.io.IOException\"";
        if (value.valueType() != ConfigValueType.STRING) {
            return expected(path, value, what);
        }
        String name = ((String) value.unwrapped()).trim();
        return JavaNames.QUALIFIED_NAME.matcher(name).matches() ? name : expected(path, value, what);
    }

    /** Those of {@code keys} that {@code object} has, in the order of {@code keys}. */
    static Set<String> presentKeys(ConfigObject object, List<String> keys) {
        Set<String> present = new LinkedHashSet<>();
        for (String key : keys) {
            if (object.containsKey(key)) {
                present.add(key);
            }
        }
        return present;
    }

    /** How a value looks in a message: {@code "soon"}, {@code 150}, {@code a list}, {@code an object}. */
    static String found(ConfigValue value) {
        switch (value.valueType()) {
            case LIST:
                return "a list";
            case OBJECT:
                return "an object";
            case NULL:
                return "null";
            case STRING:
                return Hocon.quote((String) value.unwrapped());
            default:
                return value.render(ConfigRenderOptions.concise());
        }
    }
}
