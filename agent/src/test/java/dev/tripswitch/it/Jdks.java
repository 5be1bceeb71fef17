package dev.tripswitch.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JDKs the launch tests run the agent on: the one running the tests, and every Temurin JDK
 * under /usr/lib/jvm (Java 25 on CI), so that the agent is seen to load on the oldest and newest.
 */
final class Jdks {
    /** For {@code @MethodSource(Jdks.ALL)}: a test run once on each JDK of {@link #available()}. */
    static final String ALL = "dev.tripswitch.it.Jdks#available";

    private Jdks() {
    }

    static List<Path> available() throws IOException {
        List<Path> homes = new ArrayList<>();
        Path current = Path.of(System.getProperty("java.home")).toRealPath();
        homes.add(current);
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> entries = Files.list(jvms)) {
                entries.filter(p -> p.getFileName().toString().startsWith("temurin-"))
                        .filter(p -> Files.isExecutable(p.resolve("bin/java")))
                        .map(Jdks::realPath)
                        .filter(p -> !homes.contains(p))
                        .sorted()
                        .forEach(homes::add);
            }
        }
        return homes;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
