package dev.tripswitch.jmx;

import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.breaker.Transition;
import dev.tripswitch.config.TargetConfig;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The agent's MBeans (SPEC §6), as premain can hold them: nothing of javax.management is loaded
 * until {@link #register()} runs on the agent's thread. Creating the platform MBeanServer in
 * premain would set up java.util.logging and JMX before the host could choose its own
 * ({@link HostReadiness} says when it may).
 */
public final class JmxRegistration {
    private final String version;
    private final Path configFile;
    private final Map<CircuitBreaker, TargetConfig> breakers;
    private final Supplier<List<String>> instrumentedMethods;
    /** Set by the agent's thread, which alone uses it. */
    private RegisteredMBeans mbeans;

    public JmxRegistration(String version, Path configFile, Map<CircuitBreaker, TargetConfig> breakers,
                           Supplier<List<String>> instrumentedMethods) {
        this.version = version;
        this.configFile = configFile;
        this.breakers = new LinkedHashMap<>(breakers);
        this.instrumentedMethods = instrumentedMethods;
    }

    /** Registers the MBeans in the platform MBeanServer, creating it if need be. Agent thread only. */
    public void register() {
        if (mbeans == null) {
            mbeans = new RegisteredMBeans(version, configFile, breakers, instrumentedMethods);
            mbeans.register();
        }
    }

    /** Sends the State notification of one transition, once registered. Agent thread only, in order. */
    public void announce(Transition transition) {
        if (mbeans != null) {
            mbeans.announce(transition);
        }
    }
}
