package dev.tripswitch.config;

/** {@code tripswitch.log-level}: what the agent writes to stderr. */
public enum LogLevel {
    ERROR,
    WARN,
    INFO,
    DEBUG;

    /** Whether a line at {@code level} is written when this is the configured level. */
    public boolean allows(LogLevel level) {
        return level.ordinal() <= ordinal();
    }
}
