package dev.tripswitch.instrument;

import dev.tripswitch.AgentLog;
import dev.tripswitch.fallback.FallbackMismatch;
import dev.tripswitch.fallback.FallbackPlan;
import dev.tripswitch.fallback.FallbackPlanner;
import dev.tripswitch.fallback.MethodSite;
import dev.tripswitch.instrument.methods.MethodSelection;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.JavaModule;

import java.security.ProtectionDomain;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Weaves {@link GuardAdvice} into the selected methods of one class, giving each method its key.
 * The key is resolved, and the method's guard built, while the advice is woven: nothing about the
 * method is looked up again when it is called.
 */
final class GuardTransformer implements AgentBuilder.Transformer {
    private final MethodSelection selection;
    private final GuardRegistry registry;

    GuardTransformer(MethodSelection selection, GuardRegistry registry) {
        this.selection = selection;
        this.registry = registry;
    }

    @Override
    public DynamicType.Builder<?> transform(DynamicType.Builder<?> builder, TypeDescription type, ClassLoader loader,
                                            JavaModule module, ProtectionDomain protectionDomain) {
        GuardFactory guards = new GuardFactory(loader);
        return builder.visit(Advice.withCustomMapping()
                .bind(GuardKey.class, (instrumentedType, instrumentedMethod, assigner, arguments, sort) ->
                        new Advice.OffsetMapping.Target.ForStackManipulation(
                                IntegerConstant.forValue(guards.keyOf(instrumentedType, instrumentedMethod))))
                .to(GuardAdvice.class)
                .on(method -> selection.targetOf(method) != null));
    }

    /** Builds the guards of one class's methods, with one type pool of its loader for all of them. */
    private final class GuardFactory {
        private final ClassLoader loader;
        private FallbackPlanner planner;

        GuardFactory(ClassLoader loader) {
            this.loader = loader;
        }

        int keyOf(TypeDescription type, MethodDescription method) {
            String id = type.getName() + "#" + method.getName() + method.getDescriptor();
            return registry.keyOf(loader, id, () -> guardOf(type, method));
        }

        private GuardedMethod guardOf(TypeDescription type, MethodDescription method) {
            TargetGuard target = selection.targetOf(method);
            List<String> parameters = method.getParameters().asTypeList().asErasures().stream()
                    .map(TypeDescription::getName).collect(Collectors.toList());
            MethodSite site = new MethodSite(target.name(), type.getName(), method.getName(), parameters, loader);
            FallbackPlan plan;
            try {
                plan = planner().plan(target.config().fallback(), method, site);
            } catch (FallbackMismatch mismatch) {
                plan = planner().failingFast(method, site);
                AgentLog.error("target " + target.name() + " (" + target.config().location() + "): "
                        + target.config().fallback() + " cannot serve " + site.describe() + ", which returns "
                        + method.getReturnType().getTypeName() + ": " + mismatch.getMessage()
                        + "; its rejected calls fail fast instead");
            }
            AgentLog.info("guarding " + site);
            return new GuardedMethod(target, site, plan, FallbackPlanner.returnsStage(method));
        }

        private FallbackPlanner planner() {
            if (planner == null) {
                planner = new FallbackPlanner(TypePool.Default.of(ClassFileLocator.ForClassLoader.of(loader)));
            }
            return planner;
        }
    }
}
