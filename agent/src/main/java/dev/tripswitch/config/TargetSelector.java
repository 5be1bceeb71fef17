package dev.tripswitch.config;

/** What a target guards: exactly one of {@code methods}, {@code jdbc}, {@code http} (SPEC §2). */
public interface TargetSelector {

    /** The key that selects, as written in the config: {@code methods}, {@code jdbc} or {@code http}. */
    String key();

    /** The selector as HOCON, e.g. {@code jdbc { url = "jdbc:h2:tcp://*" }}. */
    String toHocon();
}
