package dev.tripswitch.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/**
 * Calls a breaker rejected since the last such event: periodic rather than one per rejection, so
 * that a rejection costs a recording nothing and costs the host nothing when no recording runs.
 */
@Name("dev.tripswitch.CallRejected")
@Label("Circuit Breaker Rejections")
@Category("tripswitch")
@Description("Calls a tripswitch circuit breaker rejected since its previous event of this kind")
@Period("1 s")
@StackTrace(false)
final class CallRejectedEvent extends jdk.jfr.Event {
    @Label("Target")
    String target;

    @Label("State")
    String state;

    @Label("Rejected")
    @Description("Calls rejected in the period")
    long rejected;

    @Label("Would Reject")
    @Description("Calls observe mode let through in the period that enforcing would have rejected")
    long wouldReject;

    @Label("Total Rejected")
    long totalRejected;
}
