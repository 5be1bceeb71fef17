package dev.tripswitch;

import dev.tripswitch.config.ConfigLoadResult;
import dev.tripswitch.config.ConfigLoader;
import dev.tripswitch.config.ConfigProblem;
import dev.tripswitch.config.TargetConfig;
import dev.tripswitch.config.TripswitchConfig;

import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.config.MethodsSelector;
import dev.tripswitch.instrument.BootstrapInjector;
import dev.tripswitch.instrument.GuardRegistry;
import dev.tripswitch.instrument.Instrumenter;
import dev.tripswitch.instrument.TargetGuard;
import dev.tripswitch.jfr.FlightRecorderEvents;
import dev.tripswitch.jmx.HostReadiness;
import dev.tripswitch.jmx.JmxRegistration;
import dev.tripswitch.observe.AgentThread;
import dev.tripswitch.observe.RejectionSummary;
import dev.tripswitch.observe.TransitionRelay;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
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
    /** How often the agent's thread looks whether the host is ready for the MBeans. */
    private static final long MBEAN_POLL_MILLIS = 100;

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
            Path configFile = new ConfigFileLocator(agentArgument, System.getProperties(), System.getenv()).locate();
            TripswitchConfig config = loadConfig(configFile);
            guard(config, configFile, instrumentation);
        } catch (Throwable t) {
            System.err.println("[tripswitch] error: the agent failed to start and guards nothing; the application"
                    + " runs as without it: " + t);
        }
    }

    private static void guard(TripswitchConfig config, Path configFile, Instrumentation instrumentation)
            throws IOException {
        Map<CircuitBreaker, TargetConfig> breakers = new LinkedHashMap<>();
        List<TargetGuard> targets = new ArrayList<>();
        for (TargetConfig target : config.targets()) {
            CircuitBreaker breaker = CircuitBreaker.create(target.name(), target.breaker());
            breakers.put(breaker, target);
            targets.add(new TargetGuard(target, breaker));
            if (!(target.selector() instanceof MethodsSelector)) {
                AgentLog.warn("target " + target.name() + ": " + target.selector().key()
                        + " targets are not guarded by this build yet");
            }
        }
        AtomicReference<GuardRegistry> woven = new AtomicReference<>();
        JmxRegistration jmx = new JmxRegistration(version(), configFile, breakers,
                () -> woven.get() == null ? List.of() : woven.get().instrumentedMethods());
        try {
            observe(breakers.keySet(), jmx, instrumentation);
        } catch (RuntimeException | LinkageError e) {
            // Guarding matters more than showing it: go on without logs of transitions, JMX or JFR.
            AgentLog.error("transitions will not be reported, nor the MBeans registered: " + e);
        }
        if (targets.stream().anyMatch(t -> t.config().selector() instanceof MethodsSelector)) {
            // Before anything of the agent loads a bootstrap class from the agent jar.
            BootstrapInjector.inject(instrumentation, TripswitchAgent.class);
            woven.set(Instrumenter.install(instrumentation, targets));
        }
    }

    /**
     * Wires what operators see, all of it on the agent's thread: per transition a log line, a JMX
     * notification and a Flight Recorder event; rejection summaries; the MBeans, once the host has
     * set up logging and JMX its own way.
     */
    private static void observe(Collection<CircuitBreaker> breakers, JmxRegistration jmx, Instrumentation instrumentation) {
        AgentThread thread = new AgentThread();
        TransitionRelay relay = new TransitionRelay(thread)
                .to(t -> AgentLog.info(t.breakerName() + " " + t.from() + " -> " + t.to() + ": " + t.reason()))
                .to(jmx::announce)
                .to(new FlightRecorderEvents(List.copyOf(breakers)));
        for (CircuitBreaker breaker : breakers) {
            breaker.addListener(relay);
        }
        if (!breakers.isEmpty()) {
            thread.every(RejectionSummary.INTERVAL_MILLIS, "summarising rejections",
                    new RejectionSummary(List.copyOf(breakers)));
        }
        HostReadiness readiness = HostReadiness.watch(instrumentation);
        thread.until(MBEAN_POLL_MILLIS, "registering the MBeans", () -> {
            if (!readiness.isReady()) {
                return false;
            }
            jmx.register();
            return true;
        });
    }

    private static String version() {
        String version = TripswitchAgent.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
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
