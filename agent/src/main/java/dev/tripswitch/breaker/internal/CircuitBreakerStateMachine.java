package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.BreakerClock;
import dev.tripswitch.breaker.BreakerMetrics;
import dev.tripswitch.breaker.BreakerSettings;
import dev.tripswitch.breaker.BreakerState;
import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.breaker.ExceptionClassifier;
import dev.tripswitch.breaker.Mode;
import dev.tripswitch.breaker.Permit;
import dev.tripswitch.breaker.Transition;
import dev.tripswitch.breaker.TransitionListener;
import dev.tripswitch.breaker.WindowType;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * The breaker: a reference to the current {@link State}, replaced by compare-and-set on every
 * transition, plus the totals operators read. The hot path (a CLOSED admission and its outcome)
 * is a volatile read, a type check, the window's atomics and a {@link LongAdder} increment.
 */
public final class CircuitBreakerStateMachine implements CircuitBreaker {
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(CircuitBreakerStateMachine.class, "state", State.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    private final BreakerSettings settings;
    private final BreakerClock clock;
    private final ExceptionClassifier classifier;
    private final boolean observeOnly;
    private final long slowCallNanos;
    private final Thresholds windowThresholds;
    private final Thresholds trialThresholds;

    private final LongAdder totalCalls = new LongAdder();
    private final LongAdder totalFailures = new LongAdder();
    private final LongAdder totalSlowCalls = new LongAdder();
    private final LongAdder totalRejected = new LongAdder();
    private final LongAdder totalFallbacks = new LongAdder();
    private final LongAdder wouldRejectCalls = new LongAdder();
    private final CopyOnWriteArrayList<TransitionListener> listeners = new CopyOnWriteArrayList<>();

    @SuppressWarnings("unused") // accessed through STATE
    private volatile State state;

    public CircuitBreakerStateMachine(String name, BreakerSettings settings, BreakerClock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.classifier = new ExceptionClassifier(settings.recordExceptions(), settings.ignoreExceptions());
        this.observeOnly = settings.mode() == Mode.OBSERVE;
        this.slowCallNanos = settings.slowCallDurationNanos();
        this.windowThresholds = new Thresholds(settings.effectiveMinimumCalls(),
                settings.failureRateThreshold(), settings.slowCallRateThreshold());
        this.trialThresholds = new Thresholds(settings.halfOpenCalls(),
                settings.failureRateThreshold(), settings.slowCallRateThreshold());
        long now = clock.currentTimeMillis();
        this.state = settings.mode() == Mode.DISABLED
                ? new DisabledState(0, now)
                : newClosedState(0);
    }

    // ---- hot path ------------------------------------------------------------------------------

    @Override
    public Permit tryAcquire(long nowNanos) {
        State current = state;
        if (current instanceof ClosedState) {
            return current;
        }
        return acquireOutsideClosed(current, nowNanos);
    }

    private Permit acquireOutsideClosed(State current, long nowNanos) {
        // After a lazy transition (OPEN -> HALF_OPEN lost to another thread, a timed-out HALF_OPEN
        // -> OPEN) ask the state it led to. Each extra round follows a transition some thread
        // made, so the loop ends as soon as transitions stop; no round ends without an answer
        // from the state that is current.
        for (;;) {
            Admission admission = current.tryAcquire(this, nowNanos);
            if (admission != State.ASK_AGAIN) {
                return admission != null ? admission : reject(current);
            }
            current = state;
        }
    }

    private Permit reject(State rejectedBy) {
        if (observeOnly) {
            wouldRejectCalls.increment();
            return ObservedAdmission.rejectedBy(rejectedBy.kind());
        }
        totalRejected.increment();
        return null;
    }

    @Override
    public void onSuccess(Permit permit, long startNanos, long endNanos) {
        record((Admission) permit, endNanos, false, endNanos - startNanos >= slowCallNanos);
    }

    @Override
    public void onFailure(Permit permit, long startNanos, long endNanos) {
        record((Admission) permit, endNanos, true, endNanos - startNanos >= slowCallNanos);
    }

    private void record(Admission admission, long endNanos, boolean failure, boolean slow) {
        if (!admission.countsTotals) {
            return;
        }
        totalCalls.increment();
        if (failure) {
            totalFailures.increment();
        }
        if (slow) {
            totalSlowCalls.increment();
        }
        if (admission instanceof ClosedState) { // spares the common case a call through four implementations
            ((ClosedState) admission).onOutcome(this, endNanos, failure, slow);
        } else {
            admission.onOutcome(this, endNanos, failure, slow);
        }
    }

    @Override
    public void onIgnored(Permit permit) {
        Admission admission = (Admission) permit;
        if (admission.countsTotals) {
            totalCalls.increment();
        }
        admission.onIgnored();
    }

    @Override
    public ExceptionClassifier.Verdict onThrowable(Permit permit, long startNanos, long endNanos, Throwable thrown) {
        ExceptionClassifier.Verdict verdict = classifier.classify(thrown);
        switch (verdict) {
            case FAILURE:
                onFailure(permit, startNanos, endNanos);
                break;
            case SUCCESS:
                onSuccess(permit, startNanos, endNanos);
                break;
            default:
                onIgnored(permit);
        }
        return verdict;
    }

    @Override
    public void onFallbackServed() {
        totalFallbacks.increment();
    }

    // ---- transitions ---------------------------------------------------------------------------

    void open(ClosedState from, long nowNanos, WindowCounts counts) {
        transition(from, new OpenState(from.sequence + 1, 0, clock.currentTimeMillis(), nowNanos,
                        settings.openDurationNanosAfter(0), counts, windowThresholds.minimumCalls),
                thresholdReached(counts, TransitionReasons.calls(counts.calls)), counts);
    }

    private String thresholdReached(WindowCounts counts, String over) {
        return TransitionReasons.thresholdReached(counts,
                windowThresholds.failureRateReached(counts.calls, counts.failures),
                settings.failureRateThreshold(), settings.slowCallRateThreshold(), over);
    }

    /**
     * Moves OPEN to HALF_OPEN with the caller's call as its first trial.
     *
     * @return the new state, the caller's permit; null when another thread changed the state first
     */
    HalfOpenState halfOpen(OpenState from, long nowNanos) {
        HalfOpenState next = new HalfOpenState(from.sequence + 1, from.reopenings, clock.currentTimeMillis(), nowNanos,
                settings.halfOpenMaxWaitNanos(), trialThresholds);
        return transition(from, next, "after " + TransitionReasons.duration(from.waitNanos), null) ? next : null;
    }

    /** Re-opens after a failed round of trials, or after {@code half-open-max-wait} when {@code lateTrials}. */
    void reopen(HalfOpenState from, long nowNanos, WindowCounts counts, boolean lateTrials) {
        int reopenings = from.reopenings + 1;
        long waitNanos = settings.openDurationNanosAfter(reopenings);
        String why = lateTrials
                ? "trials not done within " + TransitionReasons.duration(settings.halfOpenMaxWaitNanos())
                : thresholdReached(counts, TransitionReasons.trials(counts));
        transition(from, new OpenState(from.sequence + 1, reopenings, clock.currentTimeMillis(), nowNanos,
                        waitNanos, counts, trialThresholds.minimumCalls),
                why + "; open for " + TransitionReasons.duration(waitNanos), lateTrials ? null : counts);
    }

    void close(HalfOpenState from, WindowCounts trials) {
        transition(from, newClosedState(from.sequence + 1), TransitionReasons.trialsPassed(trials), trials);
    }

    private ClosedState newClosedState(long sequence) {
        SlidingWindow window = settings.windowType() == WindowType.COUNT
                ? new CountWindow(settings.windowSize(), windowThresholds)
                : new TimeWindow(settings.windowSize(), clock.nanoTime(), windowThresholds);
        return new ClosedState(sequence, clock.currentTimeMillis(), window, windowThresholds.minimumCalls);
    }

    /**
     * Replaces {@code from} by {@code to} if {@code from} is still current; tells listeners on success.
     *
     * @param decidedBy the outcomes that decided it, for the rates listeners see; null for none
     */
    private boolean transition(State from, State to, String reason, WindowCounts decidedBy) {
        if (!STATE.compareAndSet(this, from, to)) {
            return false;
        }
        if (from.kind() != to.kind()) {
            float failureRate = decidedBy == null ? -1f : decidedBy.percent(decidedBy.failures, 1);
            float slowCallRate = decidedBy == null ? -1f : decidedBy.percent(decidedBy.slowCalls, 1);
            publish(new Transition(name, from.kind(), to.kind(), to.sequence, to.enteredAtMillis, reason,
                    failureRate, slowCallRate));
        }
        return true;
    }

    private void publish(Transition transition) {
        for (TransitionListener listener : listeners) {
            try {
                listener.onTransition(transition);
            } catch (Throwable ignored) {
                // A listener's bug must not reach the host call that happened to cause the transition.
            }
        }
    }

    // ---- operator controls ---------------------------------------------------------------------

    @Override
    public void forceOpen() {
        for (;;) {
            State current = state;
            if (current.kind() == BreakerState.FORCED_OPEN
                    || transition(current, new ForcedOpenState(current.sequence + 1, clock.currentTimeMillis()),
                    "forced open by an operator", null)) {
                return;
            }
        }
    }

    @Override
    public void disable() {
        for (;;) {
            State current = state;
            if (current.kind() == BreakerState.DISABLED
                    || transition(current, new DisabledState(current.sequence + 1, clock.currentTimeMillis()),
                    "disabled by an operator", null)) {
                return;
            }
        }
    }

    @Override
    public void reset() {
        for (;;) {
            State current = state;
            // CLOSED -> CLOSED empties the window but is no transition: no event, no sequence number.
            long sequence = current.kind() == BreakerState.CLOSED ? current.sequence : current.sequence + 1;
            if (transition(current, newClosedState(sequence), "reset by an operator", null)) {
                return;
            }
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    @Override
    public String name() {
        return name;
    }

    @Override
    public BreakerSettings settings() {
        return settings;
    }

    @Override
    public BreakerClock clock() {
        return clock;
    }

    @Override
    public BreakerState state() {
        return state.kind();
    }

    @Override
    public BreakerMetrics metrics() {
        State current = state;
        WindowCounts counts = current.counts(clock.nanoTime());
        int minimumCalls = current.minimumCalls();
        return new BreakerMetrics(current.kind(),
                counts.percent(counts.failures, minimumCalls),
                counts.percent(counts.slowCalls, minimumCalls),
                counts.calls,
                totalCalls.sum(),
                totalFailures.sum(),
                totalSlowCalls.sum(),
                totalRejected.sum(),
                totalFallbacks.sum(),
                wouldRejectCalls.sum(),
                current.enteredAtMillis);
    }

    @Override
    public void addListener(TransitionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(TransitionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public String toString() {
        return "CircuitBreaker[" + name + ", " + state() + "]";
    }
}
