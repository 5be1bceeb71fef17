package dev.tripswitch.jmx;

import dev.tripswitch.AgentLog;
import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.breaker.Transition;
import dev.tripswitch.config.TargetConfig;

import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardEmitterMBean;
import javax.management.StandardMBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The agent's MBeans, registered in the platform MBeanServer; made on the agent's thread only. */
final class RegisteredMBeans {
    private static final String DOMAIN = "tripswitch";

    private final Map<String, CircuitBreakerView> views = new LinkedHashMap<>();
    private final Map<String, ObjectName> names = new LinkedHashMap<>();
    private final AgentView agent;

    RegisteredMBeans(String version, Path configFile, Map<CircuitBreaker, TargetConfig> breakers,
                     Supplier<List<String>> instrumentedMethods) {
        breakers.forEach((breaker, target) -> {
            views.put(breaker.name(), new CircuitBreakerView(breaker, target));
            names.put(breaker.name(), breakerName(breaker.name()));
        });
        agent = new AgentView(version, configFile, List.copyOf(views.keySet()), instrumentedMethods);
    }

    static ObjectName breakerName(String target) {
        return objectName(DOMAIN + ":type=CircuitBreaker,name=" + target);
    }

    static ObjectName agentName() {
        return objectName(DOMAIN + ":type=Agent");
    }

    /** Registers every MBean; one that cannot be registered is logged and the others still are. */
    void register() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        register(server, new StandardMBean(agent, AgentMBean.class, false), agentName());
        for (CircuitBreakerView view : views.values()) {
            register(server, new StandardEmitterMBean(view, CircuitBreakerMBean.class, view), names.get(view.name()));
        }
        AgentLog.debug("JMX: registered " + agentName() + " and " + views.size() + " breakers");
    }

    private static void register(MBeanServer server, Object mbean, ObjectName name) {
        try {
            server.registerMBean(mbean, name);
        } catch (InstanceAlreadyExistsException e) {
            AgentLog.warn("JMX: " + name + " is already registered, by another agent or the application; not replaced");
        } catch (JMException | RuntimeException e) {
            AgentLog.error("JMX: could not register " + name + ": " + e);
        }
    }

    /** Sends the State notification of one transition; called on the agent's thread, in order. */
    void announce(Transition transition) {
        CircuitBreakerView view = views.get(transition.breakerName());
        if (view != null) {
            view.announce(transition, names.get(transition.breakerName()));
        }
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (JMException e) {
            throw new IllegalArgumentException(name, e);
        }
    }
}
