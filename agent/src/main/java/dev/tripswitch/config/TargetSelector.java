package dev.tripswitch.config;

/**
 * What a target guards: exactly one of {@code methods}, {@code jdbc}, {@code http} (SPEC §2). Two
 * selectors are equal when they read the same as HOCON.
 */
public abstract class TargetSelector {

    TargetSelector() {
    }

    /** The key that selects, as written in the config: {@code methods}, {@code jdbc} or {@code http}. */
    public abstract String key();

    /** The selector as HOCON, e.g. {@code jdbc { url = "jdbc:h2:tcp://*" }}. */
    public abstract String toHocon();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((TargetSelector) o).toHocon().equals(toHocon());
    }

    @Override
    public final int hashCode() {
        return toHocon().hashCode();
    }

    @Override
    public final String toString() {
        return toHocon();
    }
}
