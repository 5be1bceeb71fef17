package dev.tripswitch.it.host;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CompletionStage;

/**
 * Trips the breaker of each method named on the command line (two failing calls), then calls it
 * once more and prints what the rejected call returned, and whether the backend saw that call.
 */
public final class FamiliesHost {
    public static void main(String[] args) throws Exception {
        Inventory inventory = new Inventory();
        Backend.down();
        for (String name : args) {
            Method method = find(name);
            Object[] arguments = method.getParameterCount() == 0 ? new Object[0]
                    : new Object[]{method.getParameterTypes()[0] == int.class ? (Object) 1 : "bolt"};
            for (int i = 0; i < 2; i++) {
                try {
                    settle(method.invoke(inventory, arguments));
                } catch (InvocationTargetException | RuntimeException expected) {
                    // the backend is down
                }
            }
            int before = Backend.calls();
            String shown = show(method.invoke(inventory, arguments));
            System.out.println(name + " -> " + shown + (Backend.calls() == before ? "" : " (reached the backend)"));
        }
    }

    /**
     * Waits until the call's outcome is recorded. A caller joining a future can wake before the
     * agent's action on it has run (the completing thread runs them one after another), so wait for
     * the thread that completed it.
     */
    private static void settle(Object result) throws InterruptedException {
        if (result instanceof CompletionStage) {
            try {
                ((CompletionStage<?>) result).toCompletableFuture().join();
            } catch (RuntimeException failed) {
                // the backend is down
            }
            Thread worker = Inventory.lastWorker;
            if (worker != null) {
                worker.join();
            }
        }
    }

    private static String show(Object result) {
        if (result instanceof CompletionStage) {
            try {
                return "completed with " + describe(((CompletionStage<?>) result).toCompletableFuture().join());
            } catch (RuntimeException e) {
                return "completed exceptionally with " + e.getCause();
            }
        }
        return describe(result);
    }

    static String describe(Object value) {
        return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
    }

    private static Method find(String name) {
        for (Method m : Inventory.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
