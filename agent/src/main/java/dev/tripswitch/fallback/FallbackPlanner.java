package dev.tripswitch.fallback;

import dev.tripswitch.config.CacheFallbackConfig;
import dev.tripswitch.config.FallbackConfig;
import dev.tripswitch.config.MethodFallbackConfig;
import dev.tripswitch.config.ThrowFallbackConfig;
import dev.tripswitch.config.ValueFallbackConfig;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.pool.TypePool;

import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Fits a target's fallback to one method when the method is instrumented (SPEC §4): the value is
 * converted to its return type, the exception must be one the method may throw, the fallback
 * method must take its parameters. Classes are described through a {@link TypePool} of the guarded
 * class's loader, never loaded here: the class being instrumented is not even defined yet.
 */
public final class FallbackPlanner {
    private static final String COMPLETION_STAGE = "java.util.concurrent.CompletionStage";
    private static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";

    private final TypePool pool;

    /** @param pool describes classes as the guarded class's loader sees them */
    public FallbackPlanner(TypePool pool) {
        this.pool = pool;
    }

    /** Whether calls of the method end when the stage it returns completes (SPEC §2.2). */
    public static boolean returnsStage(MethodDescription method) {
        String returned = method.getReturnType().asErasure().getName();
        return returned.equals(COMPLETION_STAGE) || returned.equals(COMPLETABLE_FUTURE);
    }

    /** The plan of a method with no fallback, or whose fallback does not fit: it fails fast. */
    public FallbackPlan failingFast(MethodDescription method, MethodSite site) {
        FailFast failFast = failFast(method, site);
        Fallback served = returnsStage(method) ? new AsyncFallback(failFast) : failFast;
        return new FallbackPlan(served, false, null, served);
    }

    /**
     * @param config the target's fallback, or null
     * @throws FallbackMismatch when it cannot serve this method; the message names what does not fit
     */
    public FallbackPlan plan(FallbackConfig config, MethodDescription method, MethodSite site) throws FallbackMismatch {
        if (config == null) {
            return failingFast(method, site);
        }
        FailFast failFast = failFast(method, site);
        boolean stage = returnsStage(method);
        TypeDescription.Generic valueType = stage ? stageValueType(method.getReturnType()) : method.getReturnType();
        Fallback fallback = planKind(config, method, site, valueType, stage, failFast);
        ResultCache results = fallback instanceof CacheFallback ? ((CacheFallback) fallback).results() : null;
        return stage
                ? new FallbackPlan(new AsyncFallback(fallback), config.onFailure(), results, new AsyncFallback(failFast))
                : new FallbackPlan(fallback, config.onFailure(), results, failFast);
    }

    private Fallback planKind(FallbackConfig config, MethodDescription method, MethodSite site,
                              TypeDescription.Generic valueType, boolean stage, FailFast failFast) throws FallbackMismatch {
        if (config instanceof ValueFallbackConfig) {
            return value((ValueFallbackConfig) config, site, valueType);
        }
        if (config instanceof ThrowFallbackConfig) {
            return throwing((ThrowFallbackConfig) config, method, site, stage);
        }
        if (config instanceof MethodFallbackConfig) {
            return method((MethodFallbackConfig) config, method, site, valueType, failFast);
        }
        if (config instanceof CacheFallbackConfig) {
            CacheFallbackConfig cache = (CacheFallbackConfig) config;
            Fallback otherwise = cache.otherwise() == null ? failFast
                    : planKind(cache.otherwise(), method, site, valueType, stage, failFast);
            return new CacheFallback(new ResultCache(cache.maxEntries(), cache.ttlNanos()), otherwise);
        }
        throw new FallbackMismatch("a " + config.kind() + " fallback serves http targets only");
    }

    private static Fallback value(ValueFallbackConfig config, MethodSite site, TypeDescription.Generic type)
            throws FallbackMismatch {
        try {
            return new ValueFallback(ValueConversion.plan(config.value(), type), site);
        } catch (IllegalArgumentException e) {
            throw new FallbackMismatch("value " + config.valueAsHocon() + " does not fit " + type.getTypeName()
                    + ": " + e.getMessage());
        }
    }

    private Fallback throwing(ThrowFallbackConfig config, MethodDescription method, MethodSite site, boolean stage)
            throws FallbackMismatch {
        String name = config.exceptionClass();
        TypeDescription exception = describe(name, "exception class");
        if (!exception.isAssignableTo(Throwable.class)) {
            throw new FallbackMismatch(name + " is not a Throwable");
        }
        // A stage carries any exception; a method may only throw what is unchecked or declared.
        if (!stage && isChecked(exception) && !isDeclared(exception, method)) {
            throw new FallbackMismatch(name + " is a checked exception that the method does not declare"
                    + " (it declares " + declared(method) + ")");
        }
        if (!hasStringConstructor(exception)) {
            throw new FallbackMismatch(name + " has no public constructor taking a String message");
        }
        return new ThrowFallback(site, name, config.message());
    }

    private Fallback method(MethodFallbackConfig config, MethodDescription guarded, MethodSite site,
                            TypeDescription.Generic valueType, FailFast failFast) throws FallbackMismatch {
        TypeDescription type = describe(config.className(), "fallback class");
        List<String> parameters = site.parameterTypes();
        MethodDescription found = null;
        boolean takesThrowable = false;
        for (MethodDescription candidate : type.getDeclaredMethods().filter(named(config.methodName()).and(isStatic()))) {
            List<String> names = candidate.getParameters().asTypeList().asErasures().stream()
                    .map(TypeDescription::getName).collect(java.util.stream.Collectors.toList());
            boolean withThrowable = names.size() == parameters.size() + 1
                    && names.subList(0, parameters.size()).equals(parameters)
                    && names.get(parameters.size()).equals(Throwable.class.getName());
            if (names.equals(parameters) || withThrowable) {
                found = candidate;
                takesThrowable = withThrowable;
                if (withThrowable) {
                    break; // the richer signature wins when both exist
                }
            }
        }
        if (found == null) {
            throw new FallbackMismatch("no static method " + config.className() + "#" + config.methodName()
                    + " taking " + readable(site) + " (optionally followed by java.lang.Throwable)");
        }
        TypeDescription returned = found.getReturnType().asErasure();
        TypeDescription wanted = guarded.getReturnType().asErasure();
        boolean fits = wanted.represents(void.class)
                || returned.isAssignableTo(wanted)
                || returned.isAssignableTo(valueType.asErasure());
        if (!fits) {
            throw new FallbackMismatch(config.className() + "#" + config.methodName() + " returns "
                    + returned.getActualName() + ", which the method cannot return as " + wanted.getActualName());
        }
        return new MethodFallback(site, config.className(), config.methodName(), takesThrowable, failFast);
    }

    /** The first declared checked exception with a (String) constructor, else CallNotPermittedException. */
    private FailFast failFast(MethodDescription method, MethodSite site) {
        for (TypeDescription exception : method.getExceptionTypes().asErasures()) {
            try {
                if (isChecked(exception) && hasStringConstructor(exception)) {
                    return new FailFast(site, exception.getName());
                }
            } catch (RuntimeException | LinkageError unresolvable) {
                // a declared type the pool cannot describe cannot be thrown by us either
            }
        }
        return new FailFast(site, null);
    }

    private TypeDescription describe(String name, String what) throws FallbackMismatch {
        TypePool.Resolution resolution = pool.describe(name);
        if (!resolution.isResolved()) {
            throw new FallbackMismatch(what + " " + name + " not found by the class loader of the guarded class");
        }
        return resolution.resolve();
    }

    private static TypeDescription.Generic stageValueType(TypeDescription.Generic stage) {
        if (stage.getSort() == TypeDefinition.Sort.PARAMETERIZED) {
            return stage.getTypeArguments().get(0);
        }
        return TypeDescription.Generic.OfNonGenericType.ForLoadedType.of(Object.class);
    }

    private static boolean isChecked(TypeDescription exception) {
        return !exception.isAssignableTo(RuntimeException.class) && !exception.isAssignableTo(Error.class);
    }

    private static boolean isDeclared(TypeDescription exception, MethodDescription method) {
        return method.getExceptionTypes().asErasures().stream().anyMatch(exception::isAssignableTo);
    }

    private static String declared(MethodDescription method) {
        List<TypeDescription> types = method.getExceptionTypes().asErasures();
        return types.isEmpty() ? "none" : types.stream().map(TypeDescription::getName)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static boolean hasStringConstructor(TypeDescription exception) {
        return !exception.getDeclaredMethods().filter(isConstructor().and(isPublic()).and(takesArguments(String.class))).isEmpty();
    }

    private static String readable(MethodSite site) {
        String described = site.describe();
        String list = described.substring(described.indexOf('(') + 1, described.length() - 1);
        return list.isEmpty() ? "no parameters" : "(" + list + ")";
    }
}
