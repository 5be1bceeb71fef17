package dev.tripswitch.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Percentage;
import jdk.jfr.StackTrace;
import jdk.jfr.Timestamp;

/**
 * A breaker changed state. Committed by the agent's thread shortly after the change, so the event's
 * own time and thread are the report's; {@code transitionTime} is when the breaker changed.
 */
@Name("dev.tripswitch.StateTransition")
@Label("Circuit Breaker Transition")
@Category("tripswitch")
@Description("A tripswitch circuit breaker changed state")
@StackTrace(false)
final class StateTransitionEvent extends jdk.jfr.Event {
    @Label("Target")
    String target;

    @Label("From")
    String from;

    @Label("To")
    String to;

    @Label("Reason")
    String reason;

    @Label("Failure Rate")
    @Description("Failure rate of the outcomes that decided the transition, 0..1; -1 when no outcomes did")
    @Percentage
    float failureRate;

    @Label("Slow Call Rate")
    @Description("Slow-call rate of the outcomes that decided the transition, 0..1; -1 when no outcomes did")
    @Percentage
    float slowCallRate;

    @Label("Transition Time")
    @Timestamp(Timestamp.MILLISECONDS_SINCE_EPOCH)
    long transitionTime;

    @Label("Sequence")
    @Description("Number of this transition among the breaker's transitions, from 1")
    long sequence;
}
