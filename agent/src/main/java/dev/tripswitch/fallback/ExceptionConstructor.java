package dev.tripswitch.fallback;

import java.lang.reflect.Constructor;

/**
 * The {@code (String)} constructor of an exception class of the host, looked up in the guarded
 * method's class loader the first time it is needed and kept: a new instance per rejected call,
 * never a new lookup.
 */
final class ExceptionConstructor {
    private final MethodSite site;
    private final String className;
    private volatile Constructor<? extends Throwable> constructor;

    ExceptionConstructor(MethodSite site, String className) {
        this.site = site;
        this.className = className;
    }

    String className() {
        return className;
    }

    Throwable newInstance(String message) throws ReflectiveOperationException {
        Constructor<? extends Throwable> c = constructor;
        if (c == null) {
            c = site.loadClass(className).asSubclass(Throwable.class).getConstructor(String.class);
            constructor = c;
        }
        return c.newInstance(message);
    }
}
