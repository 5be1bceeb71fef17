package dev.tripswitch.it.host;

import java.lang.management.ManagementFactory;

/**
 * Measures the bytes a thread allocates per guarded call, once the JIT has compiled the woven code:
 * for calls that proceed, and for calls rejected with a value fallback.
 */
public final class AllocationHost {
    private static final int CALLS = 2_000_000;

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Counter counter = new Counter();
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            sink += proceed(counter, CALLS);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        sink += proceed(counter, CALLS);
        long proceeding = threads.getCurrentThreadAllocatedBytes() - before;

        for (int i = 0; i < 2; i++) {
            try {
                counter.failing();
            } catch (IllegalStateException expected) {
                // trips the breaker of 'failing'
            }
        }
        for (int round = 0; round < 5; round++) {
            sink += rejected(counter, CALLS);
        }
        before = threads.getCurrentThreadAllocatedBytes();
        sink += rejected(counter, CALLS);
        long rejecting = threads.getCurrentThreadAllocatedBytes() - before;

        System.out.printf("proceeding: %.3f bytes per call%n", (double) proceeding / CALLS);
        System.out.printf("rejected: %.3f bytes per call%n", (double) rejecting / CALLS);
        System.out.println(sink == 42 ? "" : "done");
    }

    private static long proceed(Counter counter, int calls) {
        long sum = 0;
        for (int i = 0; i < calls; i++) {
            sum += counter.next();
        }
        return sum;
    }

    private static long rejected(Counter counter, int calls) {
        long sum = 0;
        for (int i = 0; i < calls; i++) {
            sum += counter.failing();
        }
        return sum;
    }
}
