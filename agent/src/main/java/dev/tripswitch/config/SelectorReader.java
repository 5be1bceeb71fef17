package dev.tripswitch.config;

import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a target's {@code methods}, {@code jdbc} or {@code http} selector (SPEC §2, §2.1, §5). */
final class SelectorReader {
    static final List<String> SELECTOR_KEYS = List.of("methods", "jdbc", "http");
    private static final List<String> JDBC_KEYS = List.of("url", "failure-sql-states");
    private static final List<String> HTTP_KEYS = List.of("host", "port", "path-prefix", "failure-statuses");
    private static final Pattern SQL_STATE_PREFIX = Pattern.compile("[0-9A-Z]{1,5}");
    private static final Pattern STATUS_CLASS = Pattern.compile("([1-5])[xX][xX]");
    private static final String SELECTOR_EXAMPLE = "methods = [\"com.acme.PricingClient#quote\"], "
            + "jdbc { url = \"jdbc:postgresql://db:5432/orders*\" } or http { host = \"inventory.internal\" }";

    private final ValueReader reader;

    SelectorReader(ValueReader reader) {
        this.reader = reader;
    }

    /** The target's one selector, or null (with a problem recorded) when it has none, two, or an invalid one. */
    TargetSelector read(ConfigObject target, KeyPath path) {
        List<String> present = new ArrayList<>(ValueReader.presentKeys(target, SELECTOR_KEYS));
        if (present.isEmpty()) {
            reader.problem(path, target, "expected exactly one of methods, jdbc, http, found none; add " + SELECTOR_EXAMPLE);
            return null;
        }
        if (present.size() > 1) {
            String second = present.get(1);
            reader.problem(path.child(second), target.get(second), "expected exactly one of methods, jdbc, http, found "
                    + String.join(" and ", present) + "; split them into one target each");
            return null;
        }
        String key = present.get(0);
        ConfigValue value = target.get(key);
        KeyPath at = path.child(key);
        switch (key) {
            case "methods":
                return readMethods(value, at);
            case "jdbc":
                return readJdbc(value, at);
            default:
                return readHttp(value, at);
        }
    }

    private MethodsSelector readMethods(ConfigValue value, KeyPath at) {
        List<ConfigValue> elements = reader.list(value, at, "a list of selectors such as [\"com.acme.PricingClient#quote\"]");
        if (elements == null) {
            return null;
        }
        if (elements.isEmpty()) {
            reader.problem(at, value, "expected at least one selector such as \"com.acme.PricingClient#quote\", found an empty list");
            return null;
        }
        List<MethodPattern> patterns = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            MethodPattern pattern = readMethodPattern(elements.get(i), at.index(i));
            if (pattern == null) {
                return null;
            }
            patterns.add(pattern);
        }
        return new MethodsSelector(patterns);
    }

    private MethodPattern readMethodPattern(ConfigValue value, KeyPath at) {
        String what = "a selector such as \"com.acme.PricingClient#quote\" or \"com.acme.*Client#get*(java.lang.String, int)\"";
        if (value.valueType() != ConfigValueType.STRING) {
            return reader.expected(at, value, what);
        }
        try {
            return MethodPattern.parse((String) value.unwrapped());
        } catch (IllegalArgumentException e) {
            reader.problem(at, value, "expected " + what + ", found " + ValueReader.found(value) + ": " + e.getMessage());
            return null;
        }
    }

    private JdbcSelector readJdbc(ConfigValue value, KeyPath at) {
        ConfigObject jdbc = reader.object(value, at, "an object such as { url = \"jdbc:postgresql://db:5432/orders*\" }");
        if (jdbc == null) {
            return null;
        }
        int problemsBefore = reader.problems().count();
        reader.rejectUnknownKeys(jdbc, at, JDBC_KEYS, null);
        String url = null;
        if (!jdbc.containsKey("url")) {
            reader.problem(at.child("url"), jdbc, "missing: the URL glob of the connections to guard, "
                    + "such as url = \"jdbc:postgresql://db:5432/orders*\"");
        } else {
            url = reader.string(jdbc.get("url"), at.child("url"), "a JDBC URL glob such as \"jdbc:h2:tcp://localhost/*\"");
            if (url != null && !url.startsWith("jdbc:") && !url.startsWith("*")) {
                reader.problem(at.child("url"), jdbc.get("url"), "expected a JDBC URL glob, found "
                        + ValueReader.found(jdbc.get("url")) + "; JDBC URLs start with \"jdbc:\"");
            }
        }
        List<String> states = reader.optional(jdbc, at, "failure-sql-states", JdbcSelector.DEFAULT_FAILURE_SQL_STATES,
                this::readSqlStates);
        return reader.problems().count() > problemsBefore ? null : new JdbcSelector(Glob.of(url), states);
    }

    private List<String> readSqlStates(ConfigValue value, KeyPath at) {
        List<ConfigValue> elements = reader.list(value, at, "a list of SQLState prefixes such as [\"08\", \"HYT\"]");
        if (elements == null) {
            return null;
        }
        String what = "an SQLState prefix of 1 to 5 digits or capital letters, such as \"08\" or \"HYT\"";
        List<String> states = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String state = reader.string(elements.get(i), at.index(i), what);
            if (state != null && !SQL_STATE_PREFIX.matcher(state).matches()) {
                state = reader.expected(at.index(i), elements.get(i), what);
            }
            states.add(state);
        }
        return states.contains(null) ? null : states;
    }

    private HttpSelector readHttp(ConfigValue value, KeyPath at) {
        ConfigObject http = reader.object(value, at, "an object such as { host = \"inventory.internal\", port = 8080 }");
        if (http == null) {
            return null;
        }
        int problemsBefore = reader.problems().count();
        reader.rejectUnknownKeys(http, at, HTTP_KEYS, null);
        String host = null;
        if (!http.containsKey("host")) {
            reader.problem(at.child("host"), http, "missing: the host to guard, such as host = \"inventory.internal\"");
        } else {
            host = reader.string(http.get("host"), at.child("host"), "a host name or glob such as \"*.internal\"");
            if (host != null && (host.isBlank() || host.contains("/") || host.contains(":"))) {
                reader.problem(at.child("host"), http.get("host"), "expected a bare host name such as \"inventory.internal\", found "
                        + ValueReader.found(http.get("host")) + "; put the port and path in port and path-prefix");
            }
        }
        int port = reader.optional(http, at, "port", HttpSelector.ANY_PORT,
                (raw, portAt) -> reader.integer(raw, portAt, 1, 65535, "a port in 1..65535"));
        String pathPrefix = reader.optional(http, at, "path-prefix", "", (prefix, prefixAt) -> {
            String path = reader.string(prefix, prefixAt, "a path such as \"/v1\"");
            return path == null || path.startsWith("/") ? path
                    : reader.expected(prefixAt, prefix, "a path starting with \"/\" such as \"/v1\"");
        });
        StatusSet statuses = reader.optional(http, at, "failure-statuses", StatusSet.SERVER_ERRORS, this::readStatuses);
        return reader.problems().count() > problemsBefore ? null : new HttpSelector(Glob.of(host), port, pathPrefix, statuses);
    }

    private StatusSet readStatuses(ConfigValue value, KeyPath at) {
        List<ConfigValue> elements = reader.list(value, at, "a list of statuses such as [\"5xx\", 429]");
        if (elements == null) {
            return null;
        }
        StatusSet.Builder statuses = new StatusSet.Builder();
        String what = "a status in 100..599 or a class such as \"5xx\"";
        for (int i = 0; i < elements.size(); i++) {
            ConfigValue element = elements.get(i);
            Long number = ValueReader.wholeNumber(element);
            if (number != null) {
                if (number >= 100 && number <= 599) {
                    statuses.add(number.intValue());
                } else {
                    reader.expected(at.index(i), element, what);
                }
                continue;
            }
            Matcher statusClass = element.valueType() == ConfigValueType.STRING
                    ? STATUS_CLASS.matcher(((String) element.unwrapped()).trim()) : null;
            if (statusClass != null && statusClass.matches()) {
                statuses.addClass(Integer.parseInt(statusClass.group(1)));
            } else {
                reader.expected(at.index(i), element, what);
            }
        }
        return statuses.build();
    }
}
