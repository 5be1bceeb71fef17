package dev.tripswitch.instrument;

import dev.tripswitch.AgentLog;
import dev.tripswitch.bootstrap.Dispatcher;
import dev.tripswitch.instrument.methods.MethodSelection;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

import java.lang.instrument.Instrumentation;
import java.util.List;


/**
 * Installs the transformation that guards the configured methods: in classes loaded from now on,
 * and, by retransformation, in classes loaded before the agent.
 */
public final class Instrumenter {
    private Instrumenter() {
    }

    /**
     * @return the registry of woven methods
     * @throws IllegalStateException when the dispatcher is not the boot loader's copy, which woven
     *                               code could not reach
     */
    public static GuardRegistry install(Instrumentation instrumentation, List<TargetGuard> targets) {
        if (!Dispatcher.isOnBootClassPath()) {
            throw new IllegalStateException("the dispatcher was loaded by " + Dispatcher.class.getClassLoader()
                    + ", not by the boot loader; no method is guarded");
        }
        GuardRegistry registry = new GuardRegistry();
        MethodSelection selection = new MethodSelection(targets);
        if (selection.isEmpty()) {
            return registry;
        }
        new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.DescriptionStrategy.Default.POOL_FIRST)
                .with(new TransformFailures())
                // Byte Buddy's default ignores the boot and platform loaders, where java.sql and
                // java.net.http live; only the agent's own classes (shaded ones included) are off limits.
                .ignore(new OwnClasses())
                .assureReadEdgeTo(instrumentation, Dispatcher.class)
                .type(selection::matchesType)
                .and(new SeesDispatcher())
                .transform(new GuardTransformer(selection, registry))
                .installOn(instrumentation);
        return registry;
    }

    /** A class that cannot be woven runs as it is; the log says which and why. */
    private static final class TransformFailures extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded, Throwable throwable) {
            AgentLog.error("could not guard methods of " + typeName + "; it runs unguarded: " + throwable);
        }

        @Override
        public void onTransformation(TypeDescription type, ClassLoader classLoader, JavaModule module, boolean loaded,
                                     DynamicType dynamicType) {
            AgentLog.debug("woven " + type.getName() + (loaded ? " (retransformed)" : ""));
        }
    }
}
