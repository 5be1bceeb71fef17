package dev.tripswitch.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar tripswitch-agent.jar check app.conf} (SPEC §8), on the samples users copy from. */
class CheckCommandIT {
    @TempDir
    Path dir;

    @Test
    void everyConfigSampleIsValid() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(ChildJvm.CONFIG_SAMPLES)) {
            samples = files.filter(p -> p.toString().endsWith(".conf")).sorted().collect(Collectors.toList());
        }
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            ChildJvm.Result result = ChildJvm.current().runAgentJar("check", sample.toString());

            assertThat(result.exitCode).as(result.toString()).isZero();
            assertThat(result.stdout).startsWith(sample + ": valid, ");
        }
    }

    @Test
    void printsEffectiveSettingsOfEachTarget() throws Exception {
        Path config = write("tripswitch.targets.pricing { methods = [\"com.acme.PricingClient#quote\"], minimum-calls = 7 }");

        ChildJvm.Result result = ChildJvm.current().runAgentJar("check", config.toString());

        assertThat(result.exitCode).isZero();
        assertThat(result.stdout).contains(
                "# " + config + ":1",
                "pricing {",
                "  methods = [\"com.acme.PricingClient#quote\"]",
                "  minimum-calls = 7",
                "  open-duration = 30s");
    }

    @Test
    void listsEveryErrorAndExitsOne() throws Exception {
        Path config = write(String.join("\n",
                "tripswitch.targets {",
                "  a { methods = [\"a.B#c\"], mode = loud }",
                "  b { jdbc.url = \"postgres://db\" }",
                "}"));

        ChildJvm.Result result = ChildJvm.current().runAgentJar("check", config.toString());

        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.stderr.split("\\R")).containsExactly(
                config + ": 2 errors",
                config + ":2: tripswitch.targets.a.mode: expected one of enforce, observe, disabled, found \"loud\"",
                config + ":3: tripswitch.targets.b.jdbc.url: expected a JDBC URL glob, found \"postgres://db\";"
                        + " JDBC URLs start with \"jdbc:\"",
                "not guarded because of these errors: a, b");
    }

    @Test
    void withoutACommandItPrintsUsage() throws Exception {
        ChildJvm.Result result = ChildJvm.current().runAgentJar();

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.stderr).contains("usage: java -jar tripswitch-agent.jar <command>", "check <app.conf>");
    }

    private Path write(String hocon) throws IOException {
        Path file = dir.resolve("app.conf");
        Files.writeString(file, hocon);
        return file;
    }
}
