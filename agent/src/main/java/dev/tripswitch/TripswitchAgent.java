package dev.tripswitch;

import dev.tripswitch.config.ConfigLoadResult;
import dev.tripswitch.config.ConfigLoader;
import dev.tripswitch.config.ConfigProblem;
import dev.tripswitch.config.TargetConfig;
import dev.tripswitch.config.TripswitchConfig;

import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The agent's entry points. Whatever goes wrong in here is reported on stderr and swallowed: the
 * agent never stops the host from starting (SPEC §1).
 */
public final class TripswitchAgent {
    private TripswitchAgent() {
    }

    public static void premain(String agentArgument, Instrumentation instrumentation) {
        start(agentArgument);
    }

    public static void agentmain(String agentArgument, Instrumentation instrumentation) {
        start(agentArgument);
    }

    private static void start(String agentArgument) {
        try {
            loadConfig(new ConfigFileLocator(agentArgument, System.getProperties(), System.getenv()).locate());
        } catch (Throwable t) {
            System.err.println("[tripswitch] error: the agent failed to start and guards nothing; the application"
                    + " runs as without it: " + t);
        }
    }

    /** Loads and reports the config; returns the part of it that can be used. */
    static TripswitchConfig loadConfig(Path file) {
        if (file == null) {
            AgentLog.info("no config file given (agent argument, -D" + ConfigLoader.CONFIG_PROPERTY + " or "
                    + ConfigLoader.CONFIG_ENVIRONMENT_VARIABLE + "): starting with no targets");
            return TripswitchConfig.empty();
        }
        ConfigLoadResult result = ConfigLoader.load(file);
        TripswitchConfig config = result.config();
        AgentLog.setLevel(config.logLevel());
        for (ConfigProblem problem : result.problems()) {
            AgentLog.error(problem.toString());
        }
        if (!result.isValid()) {
            AgentLog.error(file + ": " + result.problems().size() + (result.problems().size() == 1 ? " error" : " errors")
                    + (config.targets().isEmpty() ? "; no target is guarded"
                    : "; targets not guarded because of them: " + String.join(", ", result.droppedTargets())));
        }
        AgentLog.info("config " + file + ": " + describe(config));
        return config;
    }

    private static String describe(TripswitchConfig config) {
        if (config.targets().isEmpty()) {
            return "no targets";
        }
        return config.targets().size() + (config.targets().size() == 1 ? " target: " : " targets: ")
                + config.targets().stream()
                .map(TripswitchAgent::describe)
                .collect(Collectors.joining(", "))
                + "; this build validates targets but does not instrument calls yet";
    }

    private static String describe(TargetConfig target) {
        return target.name() + " (" + target.selector().key() + ")";
    }
}
