package dev.tripswitch.it.host;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** The dependency the host's clients call: it can be taken down, and it counts the calls that reached it. */
public final class Backend {
    private static volatile boolean down;
    private static final AtomicInteger CALLS = new AtomicInteger();

    private Backend() {
    }

    public static void down() {
        down = true;
    }

    public static void up() {
        down = false;
    }

    public static int calls() {
        return CALLS.get();
    }

    /** A call to the dependency: fails with IOException while it is down. */
    public static void call() throws IOException {
        CALLS.incrementAndGet();
        if (down) {
            throw new IOException("backend down");
        }
    }

    /** The same, for methods that declare no checked exception. */
    public static void callUnchecked() {
        CALLS.incrementAndGet();
        if (down) {
            throw new IllegalStateException("backend down");
        }
    }
}
