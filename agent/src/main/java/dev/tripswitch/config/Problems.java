package dev.tripswitch.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of one load, each placed at the line it comes from. Typesafe Config
 * forgets the line of an object merged from several sources (the file, system properties, the
 * built-in defaults), so such values are looked up in the file's own tree, then in the properties.
 */
final class Problems {
    static final String SYSTEM_PROPERTIES = "system properties";

    private final String fileName;
    private final ConfigObject fileTree;
    private final ConfigObject propertiesTree;
    private final List<ConfigProblem> problems = new ArrayList<>();

    Problems(String fileName, ConfigObject fileTree, ConfigObject propertiesTree) {
        this.fileName = fileName;
        this.fileTree = fileTree;
        this.propertiesTree = propertiesTree;
    }

    void add(KeyPath path, ConfigValue value, String message) {
        ConfigOrigin origin = originOf(path, value);
        problems.add(new ConfigProblem(describe(origin, path, value), line(origin), path.toString(), message));
    }

    /** A syntax or substitution error, at the line Typesafe Config names, in its words. */
    void addFromTypesafe(ConfigException e) {
        ConfigOrigin origin = e.origin();
        String message = e.getMessage();
        if (origin == null) {
            addForFile(message);
            return;
        }
        if (message.startsWith(origin.description() + ": ")) {
            message = message.substring(origin.description().length() + 2); // the location is shown already
        }
        String file = origin.filename() != null ? origin.filename() : fileName;
        String location = origin.lineNumber() > 0 ? file + ":" + origin.lineNumber() : file;
        problems.add(new ConfigProblem(location, origin.lineNumber(), "", message));
    }

    /** A problem with no line: the file as a whole. */
    void addForFile(String message) {
        problems.add(new ConfigProblem(fileName, -1, "", message));
    }

    int count() {
        return problems.size();
    }

    /** Every problem, in the order of their lines; those without a line last. */
    List<ConfigProblem> all() {
        List<ConfigProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(p -> p.line() < 0 ? Integer.MAX_VALUE : p.line()));
        return Collections.unmodifiableList(sorted);
    }

    /** Where a value comes from, as a message shows it: {@code app.conf:12} or {@code system property -D...}. */
    String locate(KeyPath path, ConfigValue value) {
        return describe(originOf(path, value), path, value);
    }

    /** The value's own origin when it names a file or system properties, else the file's or the properties' entry. */
    private ConfigOrigin originOf(KeyPath path, ConfigValue value) {
        if (value != null && (value.origin().filename() != null
                || SYSTEM_PROPERTIES.equals(value.origin().description()))) {
            return value.origin();
        }
        ConfigValue inFile = find(fileTree, path);
        if (inFile != null && inFile.origin().lineNumber() > 0) {
            return inFile.origin();
        }
        ConfigValue inProperties = find(propertiesTree, path);
        return inProperties != null ? inProperties.origin() : null;
    }

    private String describe(ConfigOrigin origin, KeyPath path, ConfigValue value) {
        if (origin == null) {
            return fileName;
        }
        if (SYSTEM_PROPERTIES.equals(origin.description())) {
            return "system property -D" + path + (value instanceof ConfigObject ? ".*" : "");
        }
        String file = origin.filename() != null ? origin.filename() : fileName;
        return origin.lineNumber() > 0 ? file + ":" + origin.lineNumber() : file;
    }

    private static int line(ConfigOrigin origin) {
        return origin == null ? -1 : origin.lineNumber();
    }

    private static ConfigValue find(ConfigObject tree, KeyPath path) {
        if (tree == null) {
            return null;
        }
        ConfigValue current = tree;
        for (Object step : path.steps()) {
            if (step instanceof String && current instanceof ConfigObject) {
                current = ((ConfigObject) current).get(step);
            } else if (step instanceof Integer && current instanceof ConfigList
                    && (Integer) step < ((ConfigList) current).size()) {
                current = ((ConfigList) current).get((Integer) step);
            } else {
                return null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }
}
