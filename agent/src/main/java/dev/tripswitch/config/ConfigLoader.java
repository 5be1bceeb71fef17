package dev.tripswitch.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import dev.tripswitch.breaker.BreakerSettings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Loads a tripswitch HOCON file: the file, over the built-in defaults, under {@code -Dtripswitch.*}
 * system properties; then validates every key and reports every problem at once.
 *
 * <p>It never calls {@code ConfigFactory.load()}: that would read the host's
 * {@code application.conf}, honour the host's {@code -Dconfig.file} and use the thread's context
 * class loader.
 */
public final class ConfigLoader {
    /** The system property and environment variable that name the file when the agent argument does not. */
    public static final String CONFIG_PROPERTY = "tripswitch.config";
    public static final String CONFIG_ENVIRONMENT_VARIABLE = "TRIPSWITCH_CONFIG";

    private static final String PROPERTY_PREFIX = "tripswitch.";
    private static final Pattern TARGET_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final List<String> ROOT_KEYS = List.of("tripswitch");
    private static final List<String> TRIPSWITCH_KEYS = List.of("log-level", "defaults", "targets");
    private static final List<String> TARGET_KEYS;
    /** Nested keys, so that a key written at the wrong level gets "did you mean http.failure-statuses?". */
    private static final List<String> TARGET_SUGGESTIONS;

    static {
        List<String> keys = new ArrayList<>(BreakerKeysReader.KEYS);
        keys.addAll(SelectorReader.SELECTOR_KEYS);
        keys.add("fallback");
        TARGET_KEYS = List.copyOf(keys);
        keys.addAll(List.of("jdbc.url", "jdbc.failure-sql-states", "http.host", "http.port", "http.path-prefix",
                "http.failure-statuses", "sliding-window.type", "sliding-window.size", "fallback.value",
                "fallback.throw", "fallback.method", "fallback.cache", "fallback.response", "fallback.on-failure"));
        TARGET_SUGGESTIONS = List.copyOf(keys);
    }

    private ConfigLoader() {
    }

    /** Loads {@code file} with this JVM's system properties as overrides. */
    public static ConfigLoadResult load(Path file) {
        return load(file, System.getProperties());
    }

    public static ConfigLoadResult load(Path file, Properties systemProperties) {
        String fileName = file.toString();
        Config overrides = ConfigFactory.parseProperties(tripswitchProperties(systemProperties),
                ConfigParseOptions.defaults().setOriginDescription(Problems.SYSTEM_PROPERTIES));
        Problems problems;
        Config fileConfig;
        try {
            fileConfig = parseFile(file);
            problems = new Problems(fileName, fileConfig.root(), overrides.root());
        } catch (ConfigException e) {
            problems = new Problems(fileName, ConfigFactory.empty().root(), overrides.root());
            if (!Files.isReadable(file)) {
                problems.addForFile("cannot read the file"
                        + (Files.exists(file) ? "" : ": it does not exist (relative paths start at " + new File("").getAbsolutePath() + ")"));
            } else {
                problems.addFromTypesafe(e);
            }
            return new ConfigLoadResult(emptyConfig(fileName), problems.all(), List.of());
        }
        Config merged;
        try {
            merged = overrides.withFallback(fileConfig).withFallback(builtInDefaults()).resolve();
        } catch (ConfigException e) {
            problems.addFromTypesafe(e);
            return new ConfigLoadResult(emptyConfig(fileName), problems.all(), List.of());
        }
        return new Validation(fileName, problems).run(merged.root());
    }

    private static Config parseFile(Path file) {
        return ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults()
                .setSyntax(ConfigSyntax.CONF)
                .setAllowMissing(false));
    }

    private static Config builtInDefaults() {
        return ConfigFactory.parseResources(ConfigLoader.class, "defaults.conf",
                ConfigParseOptions.defaults().setAllowMissing(false));
    }

    /** {@code -Dtripswitch.*} overrides, without {@code tripswitch.config}, which names the file and is no key of it. */
    private static Properties tripswitchProperties(Properties all) {
        Properties selected = new Properties();
        for (String name : all.stringPropertyNames()) {
            if (name.startsWith(PROPERTY_PREFIX) && !name.equals(CONFIG_PROPERTY)) {
                selected.setProperty(name, all.getProperty(name));
            }
        }
        return selected;
    }

    private static TripswitchConfig emptyConfig(String fileName) {
        return new TripswitchConfig(fileName, LogLevel.INFO, List.of());
    }

    /** One validation of one merged tree. */
    private static final class Validation {
        private final String fileName;
        private final Problems problems;
        private final ValueReader reader;

        Validation(String fileName, Problems problems) {
            this.fileName = fileName;
            this.problems = problems;
            this.reader = new ValueReader(problems);
        }

        ConfigLoadResult run(ConfigObject root) {
            KeyPath tripswitchPath = KeyPath.of("tripswitch");
            rejectMisspeltRoot(root);
            ConfigObject tripswitch = reader.object(root.get("tripswitch"), tripswitchPath, "an object");
            if (tripswitch == null) {
                return new ConfigLoadResult(emptyConfig(fileName), problems.all(), List.of());
            }
            reader.rejectUnknownKeys(tripswitch, tripswitchPath, TRIPSWITCH_KEYS, null);
            boolean unknownTopLevelKeys = problems.count() > 0;
            // An invalid log level falls back to info and concerns no target.
            LogLevel logLevel = readLogLevel(tripswitch.get("log-level"), tripswitchPath.child("log-level"));
            BreakerSettings defaults = readDefaults(tripswitch.get("defaults"), tripswitchPath.child("defaults"));

            KeyPath targetsPath = tripswitchPath.child("targets");
            ConfigValue targetsValue = tripswitch.get("targets");
            ConfigObject targetsObject = targetsValue == null ? ConfigFactory.empty().root()
                    : reader.object(targetsValue, targetsPath, "an object with one entry per target");
            List<String> named = targetsObject == null ? List.of() : new ArrayList<>(new TreeMap<>(targetsObject).keySet());

            List<TargetConfig> targets = new ArrayList<>();
            if (targetsObject != null) {
                for (String name : named) {
                    // Read even when defaults are broken, so that the file's other problems are reported too.
                    TargetConfig target = readTarget(name, targetsObject.get(name), targetsPath.child(name),
                            defaults != null ? defaults : BreakerSettings.defaults());
                    if (target != null) {
                        targets.add(target);
                    }
                }
                Set<String> clashing = new ClaimCheck(problems, targetsObject, targetsPath).clashing(targets);
                targets.removeIf(t -> clashing.contains(t.name()));
            }
            if (unknownTopLevelKeys || defaults == null || targetsObject == null) {
                targets.clear(); // a problem every target shares: guarding part of them would be a guess
            }
            targets.sort(Comparator.comparing(TargetConfig::name));
            List<String> dropped = new ArrayList<>(named);
            targets.forEach(t -> dropped.remove(t.name()));
            TripswitchConfig config = new TripswitchConfig(fileName, logLevel == null ? LogLevel.INFO : logLevel, targets);
            return new ConfigLoadResult(config, problems.all(), dropped);
        }

        /**
         * Other top-level keys are the file's own business (values for substitutions, say), but one
         * that is nearly "tripswitch" is a typo that would silently disable every target.
         */
        private void rejectMisspeltRoot(ConfigObject root) {
            for (String key : new TreeMap<>(root).keySet()) {
                if (!key.equals("tripswitch") && KeySuggestions.nearest(key, ROOT_KEYS) != null) {
                    reader.problem(KeyPath.of(key), root.get(key), "unknown key; did you mean tripswitch?");
                }
            }
        }

        private LogLevel readLogLevel(ConfigValue value, KeyPath path) {
            String level = reader.oneOf(value, path, List.of("error", "warn", "info", "debug"));
            return level == null ? null : LogLevel.valueOf(level.toUpperCase(Locale.ROOT));
        }

        private BreakerSettings readDefaults(ConfigValue value, KeyPath path) {
            ConfigObject defaults = reader.object(value, path, "an object of breaker settings");
            if (defaults == null) {
                return null;
            }
            int before = problems.count();
            reader.rejectUnknownKeys(defaults, path, BreakerKeysReader.KEYS,
                    "defaults hold breaker settings only; methods, jdbc, http and fallback belong in a target");
            BreakerSettings settings = new BreakerKeysReader(reader).read(defaults, path, BreakerSettings.defaults());
            return problems.count() > before ? null : settings;
        }

        private TargetConfig readTarget(String name, ConfigValue value, KeyPath path, BreakerSettings defaults) {
            int before = problems.count();
            if (!TARGET_NAME.matcher(name).matches()) {
                reader.problem(path, value, "expected a target name of letters, digits, '-' and '_', found "
                        + Hocon.quote(name) + "; it names the breaker in JMX and in system properties");
            }
            ConfigObject target = reader.object(value, path, "an object with one of methods, jdbc, http");
            if (target == null) {
                return null;
            }
            reader.rejectUnknownKeys(target, path, TARGET_KEYS, TARGET_SUGGESTIONS, null);
            TargetSelector selector = new SelectorReader(reader).read(target, path);
            BreakerSettings breaker = new BreakerKeysReader(reader).read(target, path, defaults);
            FallbackConfig fallback = null;
            if (target.containsKey("fallback")) {
                fallback = new FallbackReader(reader).read(target.get("fallback"), path.child("fallback"),
                        target.containsKey("http"));
            }
            if (problems.count() > before) {
                return null;
            }
            return new TargetConfig(name, selector, breaker, fallback, problems.locate(path, value));
        }
    }
}
