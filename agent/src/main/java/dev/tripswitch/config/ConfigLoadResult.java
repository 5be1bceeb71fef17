package dev.tripswitch.config;

import java.util.List;

/**
 * What loading a config file gave: the part that can be used, and every problem found. A target
 * with a problem of its own is left out and the others are kept; a problem that concerns every
 * target (a syntax error, an invalid default, an unknown top-level key) leaves no target at all.
 */
public final class ConfigLoadResult {
    private final TripswitchConfig config;
    private final List<ConfigProblem> problems;
    private final List<String> droppedTargets;

    ConfigLoadResult(TripswitchConfig config, List<ConfigProblem> problems, List<String> droppedTargets) {
        this.config = config;
        this.problems = List.copyOf(problems);
        this.droppedTargets = List.copyOf(droppedTargets);
    }

    public TripswitchConfig config() {
        return config;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    /** Targets named in the file that are not in {@link #config()} because of their problems. */
    public List<String> droppedTargets() {
        return droppedTargets;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
