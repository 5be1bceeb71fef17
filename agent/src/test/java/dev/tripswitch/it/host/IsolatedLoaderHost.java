package dev.tripswitch.it.host;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Runs {@link Counter} in a class loader that, like an OSGi bundle without boot delegation, does
 * not let the agent's dispatcher through: its calls must behave exactly as without the agent.
 */
public final class IsolatedLoaderHost {
    public static void main(String[] args) throws Exception {
        // By name: a Counter.class literal would load, and weave, the application loader's copy too.
        Class<?> counterClass = new IsolatingLoader().loadClass("dev.tripswitch.it.host.Counter");
        Object counter = counterClass.getConstructor().newInstance();
        Method next = counterClass.getMethod("next");
        Method failing = counterClass.getMethod("failing");
        for (int i = 0; i < 3; i++) {
            System.out.println("next: " + next.invoke(counter));
        }
        for (int i = 0; i < 3; i++) {
            try {
                System.out.println("failing: returned " + failing.invoke(counter));
            } catch (InvocationTargetException e) {
                System.out.println("failing: threw " + e.getCause());
            }
        }
    }

    /** Defines the host's classes itself and refuses the agent's boot-loader package. */
    private static final class IsolatingLoader extends ClassLoader {
        IsolatingLoader() {
            super(IsolatedLoaderHost.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("dev.tripswitch.bootstrap.")) {
                throw new ClassNotFoundException(name + " is not delegated by this loader");
            }
            if (!name.startsWith("dev.tripswitch.it.host.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : define(name);
            }
        }

        private Class<?> define(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
