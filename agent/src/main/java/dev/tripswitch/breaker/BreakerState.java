package dev.tripswitch.breaker;

/** The states of SPEC §3, as operators see them in JMX. */
public enum BreakerState {
    CLOSED,
    OPEN,
    HALF_OPEN,
    FORCED_OPEN,
    DISABLED
}
