package dev.tripswitch.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/** Writes a config into a file of a test's temporary folder and loads it as the agent does. */
final class ConfigFiles {
    private final Path dir;

    ConfigFiles(Path dir) {
        this.dir = dir;
    }

    /** Loads {@code hocon} from {@code app.conf}, with {@code name=value} system properties. */
    ConfigLoadResult load(String hocon, String... systemProperties) {
        return loadFile("app.conf", hocon, systemProperties);
    }

    ConfigLoadResult loadFile(String fileName, String hocon, String... systemProperties) {
        Path file = dir.resolve(fileName);
        try {
            Files.writeString(file, hocon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties properties = new Properties();
        for (String property : systemProperties) {
            int eq = property.indexOf('=');
            properties.setProperty(property.substring(0, eq), property.substring(eq + 1));
        }
        return ConfigLoader.load(file, properties);
    }

    /** The problems as printed, with the folder left out: {@code app.conf:3: tripswitch...: message}. */
    List<String> problems(ConfigLoadResult result) {
        return result.problems().stream()
                .map(p -> p.toString().replace(dir + "/", ""))
                .collect(Collectors.toList());
    }
}
