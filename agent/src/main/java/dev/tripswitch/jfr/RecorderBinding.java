package dev.tripswitch.jfr;

import dev.tripswitch.breaker.BreakerMetrics;
import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.breaker.Transition;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

import java.util.List;

/** Writes the events through jdk.jfr; loaded only on a JVM that has it. */
final class RecorderBinding {
    private final List<CircuitBreaker> breakers;
    /**
     * Totals at the previous periodic event, per breaker, or when a recording started: the hook only
     * runs while a recording wants the event, and a new recording must not be shown older rejections.
     */
    private final long[] rejectedBefore;
    private final long[] wouldRejectBefore;

    RecorderBinding(List<CircuitBreaker> breakers) {
        this.breakers = List.copyOf(breakers);
        this.rejectedBefore = new long[breakers.size()];
        this.wouldRejectBefore = new long[breakers.size()];
    }

    void install() {
        FlightRecorder.addListener(new FlightRecorderListener() {
            @Override
            public void recorderInitialized(FlightRecorder recorder) {
                FlightRecorder.addPeriodicEvent(CallRejectedEvent.class, RecorderBinding.this::emitRejections);
            }

            @Override
            public void recordingStateChanged(Recording recording) {
                if (recording.getState() == RecordingState.RUNNING) {
                    rebaseline();
                }
            }
        });
    }

    void commit(Transition transition) {
        StateTransitionEvent event = new StateTransitionEvent();
        if (!event.shouldCommit()) {
            return;
        }
        event.target = transition.breakerName();
        event.from = transition.from().name();
        event.to = transition.to().name();
        event.reason = transition.reason();
        event.failureRate = fraction(transition.failureRate());
        event.slowCallRate = fraction(transition.slowCallRate());
        event.sequence = transition.sequence();
        event.transitionTime = transition.wallClockMillis();
        event.commit();
    }

    private synchronized void rebaseline() {
        for (int i = 0; i < breakers.size(); i++) {
            BreakerMetrics metrics = breakers.get(i).metrics();
            rejectedBefore[i] = metrics.totalRejected();
            wouldRejectBefore[i] = metrics.wouldRejectCalls();
        }
    }

    private synchronized void emitRejections() {
        for (int i = 0; i < breakers.size(); i++) {
            CircuitBreaker breaker = breakers.get(i);
            BreakerMetrics metrics = breaker.metrics();
            long rejected = metrics.totalRejected() - rejectedBefore[i];
            long wouldReject = metrics.wouldRejectCalls() - wouldRejectBefore[i];
            rejectedBefore[i] = metrics.totalRejected();
            wouldRejectBefore[i] = metrics.wouldRejectCalls();
            if (rejected == 0 && wouldReject == 0) {
                continue;
            }
            CallRejectedEvent event = new CallRejectedEvent();
            event.target = breaker.name();
            event.state = metrics.state().name();
            event.rejected = rejected;
            event.wouldReject = wouldReject;
            event.totalRejected = metrics.totalRejected();
            event.commit();
        }
    }

    /** Flight Recorder's percentages are fractions; -1 (no rate) stays -1. */
    private static float fraction(float percent) {
        return percent < 0 ? -1f : percent / 100f;
    }
}
