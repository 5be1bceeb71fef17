package dev.tripswitch.config;

import java.util.List;
import java.util.Optional;

/** The usable part of a loaded config: log level and targets, immutable. */
public final class TripswitchConfig {
    private final String source;
    private final LogLevel logLevel;
    private final List<TargetConfig> targets;

    TripswitchConfig(String source, LogLevel logLevel, List<TargetConfig> targets) {
        this.source = source;
        this.logLevel = logLevel;
        this.targets = List.copyOf(targets);
    }

    /** No config file: no targets. */
    public static TripswitchConfig empty() {
        return new TripswitchConfig(null, LogLevel.INFO, List.of());
    }

    /** The config file as given, or null. */
    public String source() {
        return source;
    }

    public LogLevel logLevel() {
        return logLevel;
    }

    /** Sorted by name. */
    public List<TargetConfig> targets() {
        return targets;
    }

    public Optional<TargetConfig> target(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
