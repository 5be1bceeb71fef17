package dev.tripswitch.config;

/** {@code fallback { throw = "java.io.IOException", message = "..." }}. */
public final class ThrowFallbackConfig extends FallbackConfig {
    private final String exceptionClass;
    private final String message;

    ThrowFallbackConfig(String exceptionClass, String message, boolean onFailure) {
        super(onFailure);
        this.exceptionClass = exceptionClass;
        this.message = message;
    }

    public String exceptionClass() {
        return exceptionClass;
    }

    /** The message to throw with, or null to let the agent say which breaker rejected the call. */
    public String message() {
        return message;
    }

    @Override
    public String kind() {
        return "throw";
    }

    @Override
    String kindToHocon() {
        return "throw = " + Hocon.quote(exceptionClass) + (message == null ? "" : ", message = " + Hocon.quote(message));
    }
}
