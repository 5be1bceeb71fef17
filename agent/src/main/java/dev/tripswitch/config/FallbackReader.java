package dev.tripswitch.config;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a target's {@code fallback { ... }} block (SPEC §4). */
final class FallbackReader {
    private static final List<String> KINDS = List.of("value", "throw", "method", "cache", "response");
    private static final List<String> KEYS = List.of("value", "throw", "message", "method", "cache", "otherwise",
            "response", "on-failure");
    private static final List<String> OTHERWISE_KINDS = List.of("value", "throw", "method", "response");
    private static final List<String> OTHERWISE_KEYS = List.of("value", "throw", "message", "method", "response");
    private static final List<String> CACHE_KEYS = List.of("max-entries", "ttl");
    private static final List<String> RESPONSE_KEYS = List.of("status", "body", "headers");
    private static final Pattern STATIC_METHOD = Pattern.compile(
            "(" + JavaNames.QUALIFIED + ")#(" + JavaNames.IDENTIFIER + ")");

    private final ValueReader reader;

    FallbackReader(ValueReader reader) {
        this.reader = reader;
    }

    /** The fallback, or null with problems recorded. */
    FallbackConfig read(ConfigValue value, KeyPath path, boolean httpTarget) {
        ConfigObject fallback = reader.object(value, path, "an object such as { value = 0.0 }");
        if (fallback == null) {
            return null;
        }
        int problemsBefore = reader.problems().count();
        reader.rejectUnknownKeys(fallback, path, KEYS, null);
        boolean onFailure = reader.optional(fallback, path, "on-failure", false, reader::bool);
        FallbackConfig result = readKind(fallback, path, onFailure, httpTarget, KINDS);
        return reader.problems().count() > problemsBefore ? null : result;
    }

    /** The one kind of fallback in {@code fallback}, among {@code allowedKinds}. */
    private FallbackConfig readKind(ConfigObject fallback, KeyPath path, boolean onFailure, boolean httpTarget,
                                    List<String> allowedKinds) {
        List<String> kinds = new ArrayList<>(ValueReader.presentKeys(fallback, allowedKinds));
        if (kinds.isEmpty()) {
            reader.problem(path, fallback, "expected one of " + String.join(", ", allowedKinds) + ", found none");
            return null;
        }
        if (kinds.size() > 1) {
            reader.problem(path.child(kinds.get(1)), fallback.get(kinds.get(1)), "expected one kind of fallback, found "
                    + String.join(" and ", kinds) + "; a target has at most one");
            return null;
        }
        String kind = kinds.get(0);
        KeyPath at = path.child(kind);
        ConfigValue value = fallback.get(kind);
        if (fallback.containsKey("message") && !kind.equals("throw")) {
            reader.problem(path.child("message"), fallback.get("message"), "message goes with throw, found it with " + kind);
        }
        if (fallback.containsKey("otherwise") && !kind.equals("cache")) {
            reader.problem(path.child("otherwise"), fallback.get("otherwise"), "otherwise goes with cache, found it with " + kind);
        }
        switch (kind) {
            case "value":
                return new ValueFallbackConfig(immutable(value.unwrapped()), asWritten(value), onFailure);
            case "throw":
                return readThrow(fallback, path, onFailure);
            case "method":
                return readMethod(value, at, onFailure);
            case "cache":
                return readCache(fallback, path, onFailure, httpTarget);
            default:
                if (!httpTarget) {
                    reader.problem(at, value, "a response fallback needs an http target; use value, throw, method or cache here");
                    return null;
                }
                return readResponse(value, at, onFailure);
        }
    }

    private FallbackConfig readThrow(ConfigObject fallback, KeyPath path, boolean onFailure) {
        String exception = reader.className(fallback.get("throw"), path.child("throw"));
        String message = reader.optional(fallback, path, "message", null,
                (value, at) -> reader.string(value, at, "a message string"));
        return exception == null ? null : new ThrowFallbackConfig(exception, message, onFailure);
    }

    private FallbackConfig readMethod(ConfigValue value, KeyPath at, boolean onFailure) {
        String what = "a static method such as \"com.acme.Fallbacks#quote\"";
        String text = value.valueType() == ConfigValueType.STRING ? ((String) value.unwrapped()).trim() : null;
        Matcher matcher = text == null ? null : STATIC_METHOD.matcher(text);
        if (matcher == null || !matcher.matches()) {
            return reader.expected(at, value, what);
        }
        return new MethodFallbackConfig(matcher.group(1), matcher.group(2), onFailure);
    }

    private FallbackConfig readCache(ConfigObject fallback, KeyPath path, boolean onFailure, boolean httpTarget) {
        KeyPath at = path.child("cache");
        ConfigObject cache = reader.object(fallback.get("cache"), at, "an object such as { max-entries = 1000, ttl = 10m }");
        if (cache == null) {
            return null;
        }
        reader.rejectUnknownKeys(cache, at, CACHE_KEYS, null);
        int maxEntries = reader.optional(cache, at, "max-entries", CacheFallbackConfig.DEFAULT_MAX_ENTRIES,
                (value, entriesAt) -> reader.integer(value, entriesAt, 1, CacheFallbackConfig.MAX_ENTRIES_LIMIT,
                        "a whole number in 1.." + CacheFallbackConfig.MAX_ENTRIES_LIMIT));
        long ttl = reader.optional(cache, at, "ttl", CacheFallbackConfig.DEFAULT_TTL_NANOS, reader::positiveDuration);
        FallbackConfig otherwise = null;
        if (fallback.containsKey("otherwise")) {
            KeyPath otherwiseAt = path.child("otherwise");
            ConfigObject object = reader.object(fallback.get("otherwise"), otherwiseAt, "an object such as { value = 0.0 }");
            if (object != null) {
                int before = reader.problems().count();
                reader.rejectUnknownKeys(object, otherwiseAt, OTHERWISE_KEYS,
                        "otherwise takes value, throw (with message), method or response");
                if (reader.problems().count() == before) { // else "found none" would only repeat it
                    otherwise = readKind(object, otherwiseAt, false, httpTarget, OTHERWISE_KINDS);
                }
            }
        }
        return new CacheFallbackConfig(maxEntries, ttl, otherwise, onFailure);
    }

    private FallbackConfig readResponse(ConfigValue value, KeyPath at, boolean onFailure) {
        ConfigObject response = reader.object(value, at, "an object such as { status = 503, body = \"\" }");
        if (response == null) {
            return null;
        }
        reader.rejectUnknownKeys(response, at, RESPONSE_KEYS, null);
        int status = reader.optional(response, at, "status", ResponseFallbackConfig.DEFAULT_STATUS,
                (raw, statusAt) -> reader.integer(raw, statusAt, 100, 599, "an HTTP status in 100..599"));
        String body = reader.optional(response, at, "body", "",
                (raw, bodyAt) -> reader.string(raw, bodyAt, "a body string"));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (response.containsKey("headers")) {
            KeyPath headersAt = at.child("headers");
            ConfigObject object = reader.object(response.get("headers"), headersAt,
                    "an object such as { Content-Type = \"application/json\" }");
            if (object != null) {
                for (Map.Entry<String, ConfigValue> header : new TreeMap<>(object).entrySet()) {
                    List<String> values = headerValues(header.getValue(), headersAt.child(header.getKey()));
                    if (values != null) {
                        headers.put(header.getKey(), values);
                    }
                }
            }
        }
        return new ResponseFallbackConfig(status, body, Collections.unmodifiableMap(headers), onFailure);
    }

    private List<String> headerValues(ConfigValue value, KeyPath at) {
        String what = "a header value or a list of them";
        if (value instanceof ConfigList) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < ((ConfigList) value).size(); i++) {
                values.add(reader.string(((ConfigList) value).get(i), at.index(i), what));
            }
            return values.contains(null) ? null : List.copyOf(values);
        }
        String single = reader.string(value, at, what);
        return single == null ? null : List.of(single);
    }

    /** HOCON for the value; a number keeps its text ({@code 0.0}, {@code 1.50}), which rendering would lose. */
    private static String asWritten(ConfigValue value) {
        if (value.valueType() == ConfigValueType.NUMBER) {
            return ConfigFactory.empty().withValue("v", value).getString("v");
        }
        return value.render(ConfigRenderOptions.concise());
    }

    /** Typesafe Config unwraps into mutable collections; settings are immutable all the way down. */
    private static Object immutable(Object unwrapped) {
        if (unwrapped instanceof List) {
            List<Object> copy = new ArrayList<>();
            for (Object element : (List<?>) unwrapped) {
                copy.add(immutable(element));
            }
            return Collections.unmodifiableList(copy);
        }
        if (unwrapped instanceof Map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : new TreeMap<>((Map<?, ?>) unwrapped).entrySet()) {
                copy.put((String) entry.getKey(), immutable(entry.getValue()));
            }
            return Collections.unmodifiableMap(copy);
        }
        return unwrapped;
    }
}
