package dev.tripswitch.jfr;

import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.breaker.Transition;
import dev.tripswitch.observe.RejectionTally;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

import java.util.List;

/** Writes the events through jdk.jfr; loaded only on a JVM that has it. */
final class RecorderBinding {
    /**
     * Counts from the previous periodic event, or from the start of a recording: the hook only runs
     * while a recording wants the event, and a new recording must not be shown older rejections.
     */
    private final RejectionTally rejections;

    RecorderBinding(List<CircuitBreaker> breakers) {
        this.rejections = new RejectionTally(breakers);
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
        rejections.restart();
    }

    private synchronized void emitRejections() {
        rejections.tally((breaker, metrics, rejected, wouldReject) -> {
            CallRejectedEvent event = new CallRejectedEvent();
            event.target = breaker.name();
            event.state = metrics.state().name();
            event.rejected = rejected;
            event.wouldReject = wouldReject;
            event.totalRejected = metrics.totalRejected();
            event.commit();
        });
    }

    /** Flight Recorder's percentages are fractions; -1 (no rate) stays -1. */
    private static float fraction(float percent) {
        return percent < 0 ? -1f : percent / 100f;
    }
}
