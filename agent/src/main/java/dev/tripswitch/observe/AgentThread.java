package dev.tripswitch.observe;

import dev.tripswitch.AgentLog;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The agent's one thread, a daemon named {@code tripswitch-agent}, for everything that must not run on
 * the host's threads: transition logs, JMX registration and notifications, rejection summaries.
 * It is created by the first task, and work queued when the JVM exits is still done, for a second
 * at most, so that the last transitions reach the log.
 */
public final class AgentThread {
    private static final long DRAIN_MILLIS = 1_000;

    private final ScheduledThreadPoolExecutor executor;
    private final AtomicBoolean drainOnExit = new AtomicBoolean();

    public AgentThread() {
        executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "tripswitch-agent");
            thread.setDaemon(true);
            // Not the loader of whichever host thread happened to start it: that could pin a web app's loader.
            thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs {@code task} on the agent's thread; a task's exception is logged and goes no further. */
    public void execute(String what, Runnable task) {
        ensureDrainedOnExit();
        try {
            executor.execute(() -> runLogged(what, task));
        } catch (RejectedExecutionException exiting) {
            // The JVM is exiting and the queue has been drained: too late to report anything.
        }
    }

    /** Runs {@code task} every {@code periodMillis}, from one period from now. */
    public void every(long periodMillis, String what, Runnable task) {
        ensureDrainedOnExit();
        executor.scheduleAtFixedRate(() -> runLogged(what, task), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} once, {@code delayMillis} from now. */
    public void after(long delayMillis, String what, Runnable task) {
        ensureDrainedOnExit();
        try {
            executor.schedule(() -> runLogged(what, task), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException exiting) {
            // The JVM is exiting: a task for later has no later.
        }
    }

    /** Asks {@code task} every {@code periodMillis}, from one period from now, until it answers true. */
    public void until(long periodMillis, String what, BooleanSupplier task) {
        after(periodMillis, what, () -> {
            if (!task.getAsBoolean()) {
                until(periodMillis, what, task);
            }
        });
    }

    private static void runLogged(String what, Runnable task) {
        try {
            task.run();
        } catch (Throwable t) {
            AgentLog.error(what + " failed: " + t);
        }
    }

    private void ensureDrainedOnExit() {
        if (drainOnExit.compareAndSet(false, true)) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(this::drain, "tripswitch-exit"));
            } catch (IllegalStateException exiting) {
                // Already shutting down: whatever is queued may be lost with the daemon thread.
            }
        }
    }

    private void drain() {
        executor.shutdown(); // periodic tasks stop, queued ones still run
        try {
            executor.awaitTermination(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
