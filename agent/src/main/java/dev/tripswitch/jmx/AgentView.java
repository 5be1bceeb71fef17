package dev.tripswitch.jmx;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The agent as an MBean. */
final class AgentView implements AgentMBean {
    private final String version;
    private final Path configFile;
    private final List<String> targets;
    private final Supplier<List<String>> instrumentedMethods;

    AgentView(String version, Path configFile, List<String> targets, Supplier<List<String>> instrumentedMethods) {
        this.version = version;
        this.configFile = configFile;
        this.targets = List.copyOf(targets);
        this.instrumentedMethods = instrumentedMethods;
    }

    @Override
    public String getVersion() {
        return version;
    }

    @Override
    public String getConfigFile() {
        return configFile == null ? null : configFile.toString();
    }

    @Override
    public String[] getTargets() {
        return targets.toArray(new String[0]);
    }

    @Override
    public String[] getInstrumentedMethods() {
        return instrumentedMethods.get().toArray(new String[0]);
    }

    @Override
    public String getLastReloadError() {
        return null;
    }
}
