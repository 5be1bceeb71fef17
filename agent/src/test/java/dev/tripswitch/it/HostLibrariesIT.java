package dev.tripswitch.it;

import dev.tripswitch.it.host.OwnLibrariesHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static dev.tripswitch.it.GuardedConfigs.TRIP_FAST;
import static dev.tripswitch.it.GuardedConfigs.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host with its own, older Typesafe Config and Byte Buddy keeps using them while the agent guards
 * it with its relocated copies (SPEC §1).
 */
class HostLibrariesIT {
    private static final Path HOST_LIBS = Path.of(System.getProperty("tripswitch.host.libs"));

    @TempDir
    Path dir;

    /** The jar the build copied for the host (versions pinned in the root pom). */
    private static Path hostLibrary(String prefix) throws java.io.IOException {
        try (java.util.stream.Stream<Path> jars = java.nio.file.Files.list(HOST_LIBS)) {
            return jars.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @Test
    void hostKeepsItsOwnTypesafeConfigAndByteBuddy() throws Exception {
        Path byteBuddy = hostLibrary("byte-buddy-");
        Path typesafe = hostLibrary("config-");
        Path config = GuardedConfigs.write(dir, "app.conf", TRIP_FAST, target("quotes", "Quotes#quote", "fallback.value = 0"));

        ChildJvm.Result result = ChildJvm.current().withAgent(config.toString())
                .classpath(byteBuddy).classpath(typesafe)
                .run(OwnLibrariesHost.class.getName());

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.stdout.lines().collect(Collectors.toList())).as(result.toString()).containsExactly(
                "config from " + typesafe.toUri().toURL(),
                "greeting: hello from the host",
                "byte buddy from " + byteBuddy.toUri().toURL(),
                "made by the host's Byte Buddy",
                "call 1: threw IOException",
                "call 2: threw IOException",
                "call 3: returned 0.0");
        assertThat(result.agentLines()).as(result.toString()).noneMatch(l -> l.contains("error") || l.contains("warning"));
    }
}
