package dev.tripswitch.jmx;

/** The agent itself: {@code tripswitch:type=Agent} (SPEC §6). */
public interface AgentMBean {
    String getVersion();

    /** The config file the agent read, or null when it was given none. */
    String getConfigFile();

    /** The names of the guarded targets. */
    String[] getTargets();

    /** Every woven method, as {@code Type#method(params) -> target}. */
    String[] getInstrumentedMethods();

    /** The problems of the last reload, or null; this build reads its config once, at start-up. */
    String getLastReloadError();
}
