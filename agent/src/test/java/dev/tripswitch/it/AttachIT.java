package dev.tripswitch.it;

import dev.tripswitch.it.host.AttachHost;
import net.bytebuddy.agent.ByteBuddyAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.tripswitch.it.GuardedConfigs.TRIP_FAST;
import static dev.tripswitch.it.GuardedConfigs.target;
import static org.assertj.core.api.Assertions.assertThat;

/** The agent attached to a running JVM guards a class that was loaded, and used, before it came (SPEC §1). */
class AttachIT {
    @TempDir
    Path dir;

    @Test
    void classLoadedBeforeTheAgentIsGuardedOnceAttached() throws Exception {
        Path config = GuardedConfigs.write(dir, "app.conf", TRIP_FAST, target("quotes", "Quotes#quote", "fallback.value = -1"));
        Path stderr = dir.resolve("stderr.txt");
        Process host = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", ChildJvm.TEST_CLASSES.toString(), AttachHost.class.getName())
                .redirectError(stderr.toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            lines.add(out.readLine());
            String ready = out.readLine();
            assertThat(ready).as("%s then %s; stderr: %s", lines, ready, Files.readString(stderr)).startsWith("ready ");

            ByteBuddyAgent.attach(ChildJvm.AGENT_JAR.toFile(), String.valueOf(host.pid()), config.toString());
            try (Writer in = new OutputStreamWriter(host.getOutputStream(), StandardCharsets.UTF_8)) {
                in.write("go\n");
            }
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
            }
            assertThat(host.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(lines).as(Files.readString(stderr)).containsExactly(
                    "before attach: returned 3.0",
                    "call 1: threw IOException",
                    "call 2: threw IOException",
                    "call 3: returned -1.0 [rejected]");
            assertThat(Files.readString(stderr)).contains(
                    "[tripswitch] guarding dev.tripswitch.it.host.Quotes#quote(java.lang.String) -> quotes");
        } finally {
            host.destroyForcibly();
        }
    }
}
