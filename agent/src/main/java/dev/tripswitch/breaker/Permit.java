package dev.tripswitch.breaker;

/**
 * Proof that a call was let through, handed back with its outcome. A permit is the state that
 * admitted the call, so an outcome always lands in the window of the state it was admitted in,
 * and a late outcome of an earlier state cannot sway the current one. Obtaining one allocates nothing.
 */
public interface Permit {

    /** The state that admitted the call ({@code OPEN} or {@code FORCED_OPEN} for calls let through in observe mode). */
    BreakerState admittedIn();
}
