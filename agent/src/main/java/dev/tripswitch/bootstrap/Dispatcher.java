package dev.tripswitch.bootstrap;

/**
 * The one place woven code reaches the agent through: the guard of each woven method, found by the
 * constant key the method was woven with. It lives in the boot loader, which every class loader
 * can see, and references nothing but the JDK and its own package.
 */
public final class Dispatcher {
    private static final MethodGuard[] NONE = new MethodGuard[0];
    /** Copied on every registration, which happens once per woven method; calls only read it. */
    private static volatile MethodGuard[] guards = NONE;

    private Dispatcher() {
    }

    /** The guard a method was woven with. */
    public static MethodGuard guard(int key) {
        return guards[key];
    }

    /** Adds a guard and returns the key to weave into its method. */
    public static synchronized int register(MethodGuard guard) {
        if (guard == null) {
            throw new NullPointerException("guard");
        }
        MethodGuard[] current = guards;
        MethodGuard[] grown = new MethodGuard[current.length + 1];
        System.arraycopy(current, 0, grown, 0, current.length);
        grown[current.length] = guard;
        guards = grown;
        return current.length;
    }

    /** Whether this copy of the dispatcher is the boot loader's, the one woven code calls. */
    public static boolean isOnBootClassPath() {
        return Dispatcher.class.getClassLoader() == null;
    }
}
