package dev.tripswitch.config;

/**
 * What a rejected call gets (SPEC §4): one kind per target, each a subclass. Whether a fallback fits
 * a method (its return type, its declared exceptions) is checked at instrumentation, where the
 * method is known.
 */
public abstract class FallbackConfig {
    private final boolean onFailure;

    FallbackConfig(boolean onFailure) {
        this.onFailure = onFailure;
    }

    /** {@code fallback.on-failure}: also serve the fallback when a guarded call fails. */
    public boolean onFailure() {
        return onFailure;
    }

    /** The config key of this kind: {@code value}, {@code throw}, {@code method}, {@code cache} or {@code response}. */
    public abstract String kind();

    /** The body of the {@code fallback { ... }} block, without {@code on-failure}. */
    abstract String kindToHocon();

    public final String toHocon() {
        return "fallback { " + kindToHocon() + (onFailure ? ", on-failure = true" : "") + " }";
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((FallbackConfig) o).toHocon().equals(toHocon());
    }

    @Override
    public int hashCode() {
        return toHocon().hashCode();
    }

    @Override
    public String toString() {
        return toHocon();
    }
}
