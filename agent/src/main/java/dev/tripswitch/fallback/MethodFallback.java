package dev.tripswitch.fallback;

import dev.tripswitch.bootstrap.Replacement;
import dev.tripswitch.breaker.CircuitBreaker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * {@code fallback { method = "com.acme.Fallbacks#quote" }}: a static method taking the call's
 * arguments, and optionally a trailing {@code Throwable} (the failure, or the rejection the caller
 * would otherwise get), called in the call's place. Its signature was checked when the guarded
 * method was instrumented; its handle is looked up on the first call it serves. Whatever it returns
 * or throws is what the caller gets.
 */
final class MethodFallback implements Fallback {
    private final MethodSite site;
    private final String className;
    private final String methodName;
    private final boolean takesThrowable;
    private final FailFast failFast;
    private volatile MethodHandle handle;

    MethodFallback(MethodSite site, String className, String methodName, boolean takesThrowable, FailFast failFast) {
        this.site = site;
        this.className = className;
        this.methodName = methodName;
        this.takesThrowable = takesThrowable;
        this.failFast = failFast;
    }

    @Override
    public Replacement serve(Object[] arguments, Throwable failure, CircuitBreaker breaker) {
        MethodHandle h = handle();
        Object[] passed = arguments;
        if (takesThrowable) {
            passed = Arrays.copyOf(arguments, arguments.length + 1);
            passed[arguments.length] = failure != null ? failure : failFast.rejection(breaker);
        }
        breaker.onFallbackServed();
        try {
            return Replacement.returning(h.invoke(passed));
        } catch (Throwable thrownByFallback) {
            return Replacement.throwing(thrownByFallback);
        }
    }

    @Override
    public boolean needsArguments() {
        return true;
    }

    private MethodHandle handle() {
        MethodHandle h = handle;
        if (h == null) {
            h = lookUp();
            handle = h;
        }
        return h;
    }

    private MethodHandle lookUp() {
        try {
            Method method = find(site.loadClass(className));
            method.trySetAccessible();
            MethodHandle direct = MethodHandles.lookup().unreflect(method);
            int arity = direct.type().parameterCount();
            return direct.asType(MethodType.genericMethodType(arity)).asSpreader(Object[].class, arity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("fallback method " + className + "#" + methodName + " of " + site
                    + " cannot be called: " + e, e);
        }
    }

    private Method find(Class<?> type) throws NoSuchMethodException {
        int arity = site.parameterTypes().size() + (takesThrowable ? 1 : 0);
        for (Method candidate : type.getDeclaredMethods()) {
            if (candidate.getName().equals(methodName) && Modifier.isStatic(candidate.getModifiers())
                    && candidate.getParameterCount() == arity && takesSiteParameters(candidate)) {
                return candidate;
            }
        }
        throw new NoSuchMethodException(className + "#" + methodName + site.parameterTypes());
    }

    private boolean takesSiteParameters(Method candidate) {
        Class<?>[] types = candidate.getParameterTypes();
        for (int i = 0; i < site.parameterTypes().size(); i++) {
            if (!types[i].getName().equals(site.parameterTypes().get(i))) {
                return false;
            }
        }
        return !takesThrowable || types[types.length - 1] == Throwable.class;
    }
}
