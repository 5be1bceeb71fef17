package dev.tripswitch;

import dev.tripswitch.config.ConfigLoader;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Finds the config file (SPEC §1): the agent argument, else the system property
 * {@code tripswitch.config}, else the environment variable {@code TRIPSWITCH_CONFIG}.
 */
final class ConfigFileLocator {
    private final String agentArgument;
    private final Properties systemProperties;
    private final Map<String, String> environment;

    ConfigFileLocator(String agentArgument, Properties systemProperties, Map<String, String> environment) {
        this.agentArgument = agentArgument;
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /** The file, or null when none is named anywhere. */
    Path locate() {
        String named = firstNonBlank(agentArgument,
                systemProperties.getProperty(ConfigLoader.CONFIG_PROPERTY),
                environment.get(ConfigLoader.CONFIG_ENVIRONMENT_VARIABLE));
        return named == null ? null : Path.of(named.trim());
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
