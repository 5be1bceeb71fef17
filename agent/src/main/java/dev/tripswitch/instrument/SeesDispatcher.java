package dev.tripswitch.instrument;

import dev.tripswitch.AgentLog;
import dev.tripswitch.bootstrap.Dispatcher;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.utility.JavaModule;

import java.security.ProtectionDomain;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Whether a class's loader resolves the boot loader's {@link Dispatcher}, which woven code calls.
 * Loaders that do not delegate to the boot loader for it (OSGi without boot delegation, some
 * isolating plugin loaders) would make every guarded call fail to link, so their classes are left
 * as they are and the log says so once per loader. Asked only of classes already selected.
 */
final class SeesDispatcher implements AgentBuilder.RawMatcher {
    private final Map<ClassLoader, Boolean> verdicts = new WeakHashMap<>();

    @Override
    public boolean matches(TypeDescription type, ClassLoader loader, JavaModule module,
                           Class<?> classBeingRedefined, ProtectionDomain protectionDomain) {
        if (loader == null) {
            return true;
        }
        Boolean known;
        synchronized (verdicts) {
            known = verdicts.get(loader);
        }
        if (known != null) {
            return known;
        }
        // Asked outside the lock: the loader may take its own monitor, which a thread of the host
        // holding it could be waiting on ours with.
        boolean verdict = resolvesDispatcher(loader);
        synchronized (verdicts) {
            if (verdicts.putIfAbsent(loader, verdict) != null) {
                return verdict; // another thread asked too, and has said it
            }
        }
        if (!verdict) {
            AgentLog.error("cannot guard " + type.getName() + " or any other class of " + loader
                    + ": that loader does not see dev.tripswitch.bootstrap from the boot loader;"
                    + " for OSGi, add dev.tripswitch.* to org.osgi.framework.bootdelegation");
        }
        return verdict;
    }

    private static boolean resolvesDispatcher(ClassLoader loader) {
        try {
            return Class.forName(Dispatcher.class.getName(), false, loader) == Dispatcher.class;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
