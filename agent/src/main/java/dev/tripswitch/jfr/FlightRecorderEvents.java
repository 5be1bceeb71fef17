package dev.tripswitch.jfr;

import dev.tripswitch.AgentLog;
import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.breaker.Transition;

import java.util.List;
import java.util.function.Consumer;

/**
 * The breakers' Flight Recorder events, on a JVM that has Flight Recorder (the {@code jdk.jfr}
 * module): a {@code dev.tripswitch.StateTransition} per transition, and a periodic
 * {@code dev.tripswitch.CallRejected} per breaker that rejected calls. Fed by the agent's thread.
 * Flight Recorder's classes are first touched at the first transition, so a host whose breakers
 * never change state never loads them; no rejection can precede a transition.
 */
public final class FlightRecorderEvents implements Consumer<Transition> {
    private final List<CircuitBreaker> breakers;
    private boolean available = ModuleLayer.boot().findModule("jdk.jfr").isPresent();
    /** Agent thread only, as is {@code available}. RecorderBinding is the one class touching jdk.jfr, loaded only when it is there. */
    private RecorderBinding binding;

    public FlightRecorderEvents(List<CircuitBreaker> breakers) {
        this.breakers = List.copyOf(breakers);
    }

    @Override
    public void accept(Transition transition) {
        if (!available) {
            return;
        }
        try {
            if (binding == null) {
                binding = new RecorderBinding(breakers);
                binding.install();
            }
            binding.commit(transition);
        } catch (Throwable t) {
            available = false; // said once; the log and JMX go on without Flight Recorder
            AgentLog.error("Flight Recorder events are off: " + t);
        }
    }
}
