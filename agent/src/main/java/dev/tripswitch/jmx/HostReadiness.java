package dev.tripswitch.jmx;

import dev.tripswitch.AgentLog;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Holds the agent's JMX set-up back until the host has made the choices it would pre-empt.
 * Creating the platform MBeanServer fixes the MBeanServer builder
 * ({@code javax.management.builder.initial}) and initialises java.util.logging, which fixes the log
 * manager ({@code java.util.logging.manager}) and reads its configuration.
 * <ul>
 * <li>When either property is set, as application servers do with classes only their own loaders
 * can load once they are up, the agent waits until the host has loaded every class they name.</li>
 * <li>Otherwise it waits until the host has started java.util.logging or an MBeanServer itself,
 * and at most {@link #GRACE_MILLIS}: time for a host to set those properties in its main method.</li>
 * </ul>
 * Watching class loads costs a set lookup per class defined, until the wait ends.
 */
public final class HostReadiness implements ClassFileTransformer {
    public static final long GRACE_MILLIS = 10_000;
    private static final String[] HOST_CHOICES = {"java.util.logging.manager", "javax.management.builder.initial"};
    /** Loaded once JUL or an MBeanServer of the default builder is in use: creating ours pre-empts nothing. */
    private static final String[] HOST_STARTED = {"java/util/logging/LogManager", "com/sun/jmx/mbeanserver/JmxMBeanServer"};

    private final Instrumentation instrumentation;
    private final Runnable whenReady;
    /** Internal names of the classes awaited, as {@code org/jboss/logmanager/LogManager}. */
    private final Set<String> awaited = new HashSet<>();
    /** Whether any one awaited class will do, or all are needed. */
    private final boolean anyWillDo;
    private final AtomicBoolean done = new AtomicBoolean();

    private HostReadiness(Instrumentation instrumentation, Set<String> awaited, boolean anyWillDo, Runnable whenReady) {
        this.instrumentation = instrumentation;
        this.awaited.addAll(awaited);
        this.anyWillDo = anyWillDo;
        this.whenReady = whenReady;
    }

    /**
     * Runs {@code whenReady} once the host is ready for the agent's MBeans: on a host thread that
     * loads the last awaited class, or through {@code later} after the grace period; it must only
     * hand the work to the agent's thread.
     *
     * @param later schedules a task {@link #GRACE_MILLIS} from now
     */
    public static void await(Instrumentation instrumentation, Consumer<Runnable> later, Runnable whenReady) {
        Set<String> chosen = new HashSet<>();
        for (String property : HOST_CHOICES) {
            String className = System.getProperty(property);
            if (className != null && !className.isBlank()) {
                chosen.add(className.trim().replace('.', '/'));
            }
        }
        HostReadiness readiness = chosen.isEmpty()
                ? new HostReadiness(instrumentation, Set.of(HOST_STARTED), true, whenReady)
                : new HostReadiness(instrumentation, chosen, false, whenReady);
        AgentLog.debug("JMX: waiting for the host to load " + (readiness.anyWillDo ? "one of " : "") + readiness.awaited);
        instrumentation.addTransformer(readiness);
        if (readiness.anyWillDo) {
            later.accept(readiness::ready);
        }
        // The JVM's own JMX agent, or an attach after start-up, may have loaded them already.
        for (Class<?> loaded : instrumentation.getAllLoadedClasses()) {
            readiness.loaded(loaded.getName().replace('.', '/'));
        }
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (className != null && classBeingRedefined == null && !done.get()) {
            loaded(className);
        }
        return null;
    }

    private void loaded(String internalName) {
        boolean complete;
        synchronized (awaited) {
            complete = awaited.remove(internalName) && (anyWillDo || awaited.isEmpty());
        }
        if (complete) {
            ready();
        }
    }

    private void ready() {
        if (done.compareAndSet(false, true)) {
            instrumentation.removeTransformer(this);
            whenReady.run();
        }
    }
}
