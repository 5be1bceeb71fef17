package dev.tripswitch;

import dev.tripswitch.config.ConfigLoadResult;
import dev.tripswitch.config.ConfigLoader;
import dev.tripswitch.config.ConfigProblem;
import dev.tripswitch.config.TargetConfig;
import dev.tripswitch.config.TripswitchConfig;

import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.config.MethodsSelector;
import dev.tripswitch.instrument.BootstrapInjector;
import dev.tripswitch.instrument.Instrumenter;
import dev.tripswitch.instrument.TargetGuard;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The agent's entry points. Whatever goes wrong in here is reported on stderr and swallowed: the
 * agent never stops the host from starting (SPEC §1).
 */
public final class TripswitchAgent {
    private TripswitchAgent() {
    }

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    public static void premain(String agentArgument, Instrumentation instrumentation) {
        start(agentArgument, instrumentation);
    }

    public static void agentmain(String agentArgument, Instrumentation instrumentation) {
        start(agentArgument, instrumentation);
    }

    private static void start(String agentArgument, Instrumentation instrumentation) {
        try {
            if (!STARTED.compareAndSet(false, true)) {
                AgentLog.warn("the agent is already running in this JVM; loading it again changes nothing");
                return;
            }
            TripswitchConfig config = loadConfig(
                    new ConfigFileLocator(agentArgument, System.getProperties(), System.getenv()).locate());
            guard(config, instrumentation);
        } catch (Throwable t) {
            System.err.println("[tripswitch] error: the agent failed to start and guards nothing; the application"
                    + " runs as without it: " + t);
        }
    }

    private static void guard(TripswitchConfig config, Instrumentation instrumentation) throws IOException {
        List<TargetGuard> targets = new ArrayList<>();
        for (TargetConfig target : config.targets()) {
            CircuitBreaker breaker = CircuitBreaker.create(target.name(), target.breaker());
            // One line per state change; transitions are rare, so writing it on the caller's thread is cheap.
            breaker.addListener(t -> AgentLog.info(t.breakerName() + " " + t.from() + " -> " + t.to()));
            targets.add(new TargetGuard(target, breaker));
            if (!(target.selector() instanceof MethodsSelector)) {
                AgentLog.warn("target " + target.name() + ": " + target.selector().key()
                        + " targets are not guarded by this build yet");
            }
        }
        if (targets.stream().noneMatch(t -> t.config().selector() instanceof MethodsSelector)) {
            return;
        }
        // Before anything of the agent loads a bootstrap class from the agent jar.
        BootstrapInjector.inject(instrumentation, TripswitchAgent.class);
        Instrumenter.install(instrumentation, targets);
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
                .collect(Collectors.joining(", "));
    }

    private static String describe(TargetConfig target) {
        return target.name() + " (" + target.selector().key() + ")";
    }
}
