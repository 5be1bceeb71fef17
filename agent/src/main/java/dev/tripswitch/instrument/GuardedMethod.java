package dev.tripswitch.instrument;

import dev.tripswitch.AgentLog;
import dev.tripswitch.bootstrap.MethodGuard;
import dev.tripswitch.bootstrap.Rejection;
import dev.tripswitch.bootstrap.Replacement;
import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.breaker.ExceptionClassifier;
import dev.tripswitch.breaker.Permit;
import dev.tripswitch.fallback.FallbackPlan;
import dev.tripswitch.fallback.MethodSite;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The guard of one woven method: asks the target's breaker, records the outcome, serves the
 * fallback. Everything about the method (its target, its fallback fitted to its return type) was
 * resolved when it was instrumented.
 *
 * <p>A call that proceeds costs a thread-local read, the breaker's permission and its record:
 * no allocation, no lock. A bug in here never reaches the host: the call proceeds unguarded, the
 * error is logged once, and the method stays unguarded from then on.
 */
final class GuardedMethod extends MethodGuard {
    /** The token of a call made inside another call to the same target: not counted. */
    private static final Object NESTED = new Object();

    private final TargetGuard target;
    private final CircuitBreaker breaker;
    private final MethodSite site;
    private final FallbackPlan plan;
    private final boolean returnsStage;
    private volatile boolean broken;
    private volatile boolean fallbackBroken;

    GuardedMethod(TargetGuard target, MethodSite site, FallbackPlan plan, boolean returnsStage) {
        super(returnsStage || plan.results() != null);
        this.target = target;
        this.breaker = target.breaker();
        this.site = site;
        this.plan = plan;
        this.returnsStage = returnsStage;
    }

    MethodSite site() {
        return site;
    }

    @Override
    public Object enter(long startNanos) {
        if (broken) {
            return null;
        }
        try {
            int[] depth = target.depth();
            if (depth[0] != 0) {
                depth[0]++;
                return NESTED;
            }
            Permit permit = breaker.tryAcquire(startNanos);
            if (permit == null) {
                return Rejection.INSTANCE;
            }
            depth[0] = 1;
            return permit;
        } catch (Throwable t) {
            disable(t);
            return null;
        }
    }

    @Override
    public boolean needsArguments(Object token, Throwable thrown) {
        if (token == Rejection.INSTANCE) {
            return plan.fallback().needsArguments();
        }
        if (token == NESTED) {
            return false;
        }
        return thrown == null ? plan.results() != null : plan.onFailure() && plan.fallback().needsArguments();
    }

    @Override
    public Replacement exit(Object token, long startNanos, Object returned, Throwable thrown, Object[] arguments) {
        if (token == Rejection.INSTANCE) {
            return rejected(arguments);
        }
        int[] depth = null;
        try {
            depth = target.depth();
            if (token == NESTED) {
                depth[0]--;
                return null;
            }
            depth[0] = 0;
            return completed((Permit) token, startNanos, returned, thrown, arguments);
        } catch (Throwable t) {
            if (depth != null && token != NESTED) {
                depth[0] = 0;
            }
            disable(t);
            return null;
        }
    }

    private Replacement rejected(Object[] arguments) {
        try {
            return plan.fallback().serve(arguments, null, breaker);
        } catch (Throwable t) {
            if (!fallbackBroken) {
                fallbackBroken = true;
                AgentLog.error("the fallback of " + site + " failed; its rejected calls fail fast instead: " + t);
            }
            // The body did not run: the caller must learn that, not get a silent null.
            return plan.failFast().serve(null, null, breaker);
        }
    }

    private Replacement completed(Permit permit, long startNanos, Object returned, Throwable thrown, Object[] arguments) {
        if (thrown == null && returnsStage && returned instanceof CompletionStage) {
            return whenStageCompletes(permit, startNanos, (CompletionStage<?>) returned, arguments);
        }
        return recorded(permit, startNanos, System.nanoTime(), returned, thrown, arguments);
    }

    /** Records the outcome; with {@code on-failure} a counted failure is answered by the fallback. */
    private Replacement recorded(Permit permit, long startNanos, long endNanos, Object returned, Throwable thrown,
                                 Object[] arguments) {
        if (thrown == null) {
            breaker.onSuccess(permit, startNanos, endNanos);
            if (plan.results() != null) {
                plan.results().put(arguments, returned, endNanos);
            }
            return null;
        }
        ExceptionClassifier.Verdict verdict = breaker.onThrowable(permit, startNanos, endNanos, thrown);
        if (verdict == ExceptionClassifier.Verdict.FAILURE && plan.onFailure()) {
            return plan.fallback().serve(arguments, thrown, breaker);
        }
        return null;
    }

    /**
     * A call returning a stage ends when the stage completes (SPEC §2.2). The caller keeps its own
     * stage, unless {@code on-failure} may have to replace a failed value.
     */
    private Replacement whenStageCompletes(Permit permit, long startNanos, CompletionStage<?> stage, Object[] arguments) {
        if (!plan.onFailure()) {
            stage.whenComplete((value, error) -> recordSafely(permit, startNanos, value, error, arguments));
            return null;
        }
        CompletableFuture<Object> answered = new CompletableFuture<>();
        // The caller holds the new future: its cancellation must still reach the real operation.
        answered.whenComplete((value, error) -> {
            if (answered.isCancelled()) {
                cancel(stage);
            }
        });
        stage.whenComplete((value, error) -> {
            Replacement replacement = recordSafely(permit, startNanos, value, error, arguments);
            if (replacement == null) {
                if (error == null) {
                    answered.complete(value);
                } else {
                    answered.completeExceptionally(error);
                }
            } else {
                // The fallback of a stage method is itself a completed stage.
                ((CompletionStage<?>) replacement.value).whenComplete((v, e) -> {
                    if (e == null) {
                        answered.complete(v);
                    } else {
                        answered.completeExceptionally(e);
                    }
                });
            }
        });
        return Replacement.returning(answered);
    }

    private static void cancel(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().cancel(true);
        } catch (UnsupportedOperationException notAFuture) {
            // A stage that cannot be seen as a future cannot be cancelled by its caller either.
        }
    }

    private Replacement recordSafely(Permit permit, long startNanos, Object value, Throwable error, Object[] arguments) {
        try {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof CancellationException) {
                // The caller gave up on it; the dependency said nothing either way.
                breaker.onIgnored(permit);
                return null;
            }
            return recorded(permit, startNanos, System.nanoTime(), value, cause, arguments);
        } catch (Throwable t) {
            disable(t);
            return null;
        }
    }

    private void disable(Throwable t) {
        if (!broken) {
            broken = true;
            AgentLog.error("internal error guarding " + site + "; this method runs unguarded from now on: " + t);
        }
    }
}
