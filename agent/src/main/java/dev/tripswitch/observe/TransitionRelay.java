package dev.tripswitch.observe;

import dev.tripswitch.AgentLog;
import dev.tripswitch.breaker.Transition;
import dev.tripswitch.breaker.TransitionListener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Takes each transition off the thread that made it and hands it to the sinks (the log, JMX) on
 * the agent's thread, in the breaker's own order. Two transitions made by two threads in quick
 * succession can reach the queue out of order; their gap-free sequence numbers put them back.
 */
public final class TransitionRelay implements TransitionListener {
    /** Transitions held back waiting for an earlier one; beyond this, a lost one is given up on. */
    private static final int MAX_HELD = 64;
    /**
     * Transitions queued for the agent's thread at most. A thread stalled by a blocking JMX listener
     * or a stderr nobody reads must not make the queue grow without bound (SPEC §9).
     */
    static final int MAX_QUEUED = 10_000;

    private final AgentThread thread;
    private final List<Consumer<Transition>> sinks = new ArrayList<>();
    /** Per breaker, the next sequence to deliver and those that came early; agent thread only. */
    private final Map<String, Long> nextSequence = new HashMap<>();
    private final Map<String, TreeMap<Long, Transition>> early = new HashMap<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();

    public TransitionRelay(AgentThread thread) {
        this.thread = thread;
    }

    /** Adds a sink; sinks are added before any breaker can make a transition. */
    public TransitionRelay to(Consumer<Transition> sink) {
        sinks.add(sink);
        return this;
    }

    @Override
    public void onTransition(Transition transition) {
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        thread.execute("reporting " + transition, () -> arrive(transition));
    }

    private void arrive(Transition transition) {
        queued.decrementAndGet();
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            AgentLog.warn(lost + " transitions were not reported: the agent's thread fell behind");
        }
        String breaker = transition.breakerName();
        TreeMap<Long, Transition> waiting = early.computeIfAbsent(breaker, b -> new TreeMap<>());
        waiting.put(transition.sequence(), transition);
        long next = nextSequence.getOrDefault(breaker, 1L);
        while (!waiting.isEmpty() && (waiting.firstKey() <= next || waiting.size() > MAX_HELD)) {
            Transition due = waiting.pollFirstEntry().getValue();
            next = due.sequence() + 1;
            deliver(due);
        }
        nextSequence.put(breaker, next);
    }

    private void deliver(Transition transition) {
        for (Consumer<Transition> sink : sinks) {
            try {
                sink.accept(transition);
            } catch (Throwable t) {
                // One sink's failure must not hold back the others, nor the transitions after this one.
                AgentLog.error("reporting " + transition + " failed: " + t);
            }
        }
    }
}
