package dev.tripswitch.config;

import dev.tripswitch.breaker.BreakerSettings;

import java.util.Objects;

/** One target of SPEC §2: its name (also its breaker's name), what it guards, its breaker and its fallback. */
public final class TargetConfig {
    private final String name;
    private final TargetSelector selector;
    private final BreakerSettings breaker;
    private final FallbackConfig fallback;
    private final String location;

    TargetConfig(String name, TargetSelector selector, BreakerSettings breaker, FallbackConfig fallback, String location) {
        this.name = name;
        this.selector = selector;
        this.breaker = breaker;
        this.fallback = fallback;
        this.location = location;
    }

    public String name() {
        return name;
    }

    public TargetSelector selector() {
        return selector;
    }

    public BreakerSettings breaker() {
        return breaker;
    }

    /** The fallback, or null: a rejected call then fails fast (SPEC §4). */
    public FallbackConfig fallback() {
        return fallback;
    }

    /** Where the target is defined, such as {@code app.conf:14}, for messages. */
    public String location() {
        return location;
    }

    /** The effective settings as HOCON, as {@code check} prints them and JMX shows them. */
    public String toHocon() {
        return SettingsRenderer.render(this);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TargetConfig)) {
            return false;
        }
        TargetConfig that = (TargetConfig) o;
        return name.equals(that.name) && selector.equals(that.selector) && breaker.equals(that.breaker)
                && Objects.equals(fallback, that.fallback);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, selector, breaker, fallback);
    }

    @Override
    public String toString() {
        return name + " (" + selector + ")";
    }
}
