package dev.tripswitch.config;

/**
 * {@code fallback { value = ... }}: a constant, converted to the method's return type at
 * instrumentation. {@code value = null} is a value.
 */
public final class ValueFallbackConfig extends FallbackConfig {
    private final Object value;
    private final String hocon;

    /**
     * @param value the value as Typesafe Config unwraps it (String, Number, Boolean, null, or an
     *              unmodifiable List or Map of those); a whole number comes as an Integer even if
     *              written {@code 0.0}
     * @param hocon the value as written in HOCON, {@code 0.0} included
     */
    ValueFallbackConfig(Object value, String hocon, boolean onFailure) {
        super(onFailure);
        this.value = value;
        this.hocon = hocon;
    }

    public Object value() {
        return value;
    }

    public String valueAsHocon() {
        return hocon;
    }

    @Override
    public String kind() {
        return "value";
    }

    @Override
    String kindToHocon() {
        return "value = " + hocon;
    }
}
