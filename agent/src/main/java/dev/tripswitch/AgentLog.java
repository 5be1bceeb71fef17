package dev.tripswitch;

import dev.tripswitch.config.LogLevel;

import java.io.PrintStream;

/**
 * The agent's own log: lines on stderr prefixed {@code [tripswitch]}. Deliberately not
 * java.util.logging nor any framework, which an agent must not initialise before the host does.
 */
public final class AgentLog {
    private static volatile LogLevel level = LogLevel.INFO;

    private AgentLog() {
    }

    public static void setLevel(LogLevel newLevel) {
        level = newLevel;
    }

    public static void error(String message) {
        write(LogLevel.ERROR, "error: " + message);
    }

    public static void warn(String message) {
        write(LogLevel.WARN, "warning: " + message);
    }

    public static void info(String message) {
        write(LogLevel.INFO, message);
    }

    public static void debug(String message) {
        write(LogLevel.DEBUG, message);
    }

    private static void write(LogLevel at, String message) {
        if (level.allows(at)) {
            PrintStream err = System.err;
            err.println("[tripswitch] " + message);
        }
    }
}
