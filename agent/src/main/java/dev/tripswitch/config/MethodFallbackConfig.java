package dev.tripswitch.config;

/**
 * {@code fallback { method = "com.acme.Fallbacks#quote" }}: a static method taking the call's
 * arguments (and optionally a trailing {@code Throwable}), resolved at instrumentation.
 */
public final class MethodFallbackConfig extends FallbackConfig {
    private final String className;
    private final String methodName;

    MethodFallbackConfig(String className, String methodName, boolean onFailure) {
        super(onFailure);
        this.className = className;
        this.methodName = methodName;
    }

    public String className() {
        return className;
    }

    public String methodName() {
        return methodName;
    }

    @Override
    public String kind() {
        return "method";
    }

    @Override
    String kindToHocon() {
        return "method = " + Hocon.quote(className + "#" + methodName);
    }
}
