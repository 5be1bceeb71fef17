package dev.tripswitch.instrument;

import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.config.TargetConfig;

/**
 * A target at run time: its config, its breaker, shared by every method that target guards, and
 * how deep the current thread is in calls to it.
 */
public final class TargetGuard {
    private final TargetConfig config;
    private final CircuitBreaker breaker;
    /**
     * Calls to this target the current thread is inside: an overload delegating to another, or a
     * pool's proxy calling the driver, counts once, as the outermost call. An int[] of one cell,
     * so the thread-local holds no class of the host nor of the agent.
     */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    public TargetGuard(TargetConfig config, CircuitBreaker breaker) {
        this.config = config;
        this.breaker = breaker;
    }

    public String name() {
        return config.name();
    }

    public TargetConfig config() {
        return config;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    int[] depth() {
        return depth.get();
    }
}
