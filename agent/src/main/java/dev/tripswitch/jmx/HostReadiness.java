package dev.tripswitch.jmx;

import dev.tripswitch.AgentLog;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the agent's JMX set-up back until the host has made the choices it would pre-empt.
 * Creating the platform MBeanServer fixes the MBeanServer builder
 * ({@code javax.management.builder.initial}) and initialises java.util.logging, which fixes the log
 * manager ({@code java.util.logging.manager}). Application servers set these, on the command line
 * or early in their start-up, to classes only their own loaders can load.
 * <ul>
 * <li>When either property is set at start-up, the agent waits until the host has loaded every
 * class they name and has created an MBeanServer itself: then nothing is left to pre-empt.</li>
 * <li>Otherwise it waits until the host has created an MBeanServer, and at most
 * {@link #GRACE_MILLIS}, time for a host to choose a builder in its main method.</li>
 * </ul>
 * The host's class loads are only noted here, by a lookup in a concurrent set; the agent's thread
 * asks {@link #isReady} and does the rest.
 */
public final class HostReadiness implements ClassFileTransformer {
    public static final long GRACE_MILLIS = 10_000;
    /** How long the agent waits for a host that named its own classes before it says it is waiting. */
    public static final long PATIENCE_MILLIS = 60_000;
    private static final String[] HOST_CHOICES = {"java.util.logging.manager", "javax.management.builder.initial"};
    /** Loaded when an MBeanServer of the JDK's own kind is made: the host has made its JMX choices. */
    private static final String SERVER_CREATED = "com/sun/jmx/mbeanserver/JmxMBeanServer";

    private final Instrumentation instrumentation;
    private final long startNanos = System.nanoTime();
    /** Internal names, {@code org/jboss/logmanager/LogManager}, of the classes the host named. */
    private final Set<String> named = ConcurrentHashMap.newKeySet();
    private final boolean hostNamedClasses;
    private final String builder;
    private volatile boolean serverCreated;
    private volatile boolean done;
    private boolean warned;

    private HostReadiness(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
        String builderName = null;
        for (String property : HOST_CHOICES) {
            String className = System.getProperty(property);
            if (className != null && !className.isBlank()) {
                String internal = className.trim().replace('.', '/');
                named.add(internal);
                if (property.equals("javax.management.builder.initial")) {
                    builderName = internal;
                }
            }
        }
        this.builder = builderName;
        this.hostNamedClasses = !named.isEmpty();
    }

    /** Starts watching the host's class loads; the agent's thread then polls {@link #isReady}. */
    public static HostReadiness watch(Instrumentation instrumentation) {
        HostReadiness readiness = new HostReadiness(instrumentation);
        AgentLog.debug("JMX: waiting for the host to create an MBeanServer"
                + (!readiness.hostNamedClasses ? " or " + GRACE_MILLIS / 1000 + "s" : " and to load " + readiness.named));
        instrumentation.addTransformer(readiness);
        // The JVM's own JMX agent, or an attach after start-up, may have loaded them already.
        for (Class<?> loaded : instrumentation.getAllLoadedClasses()) {
            readiness.loaded(loaded.getName().replace('.', '/'));
        }
        return readiness;
    }

    /**
     * Whether the MBeans may be registered now. Once it answers true it stops watching. Called by
     * the agent's thread only.
     */
    public boolean isReady() {
        boolean ready = hostNamedClasses
                ? named.isEmpty() && serverCreated
                : serverCreated || elapsedMillis() >= GRACE_MILLIS;
        if (ready) {
            done = true;
            instrumentation.removeTransformer(this);
        } else if (!warned && elapsedMillis() >= PATIENCE_MILLIS) {
            warned = true;
            AgentLog.warn("JMX: the tripswitch MBeans are not registered yet: they wait for the application to "
                    + (!hostNamedClasses || named.isEmpty() ? "" : "load " + String.join(", ", named).replace('/', '.') + " and to ")
                    + "create its MBeanServer, so as not to pre-empt its own -D" + String.join(", -D", HOST_CHOICES));
        }
        return ready;
    }

    private long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (className != null && classBeingRedefined == null && !done) {
            loaded(className);
        }
        return null;
    }

    private void loaded(String internalName) {
        named.remove(internalName);
        // A named builder being loaded means the host is creating its MBeanServer.
        if (internalName.equals(SERVER_CREATED) || internalName.equals(builder)) {
            serverCreated = true;
        }
    }
}
