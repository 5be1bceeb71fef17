package dev.tripswitch.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The agent as users launch it: {@code -javaagent:tripswitch-agent.jar=app.conf} on a real JVM (SPEC §1). */
class AgentLaunchIT {
    private static final String VALID = String.join("\n",
            "tripswitch.targets {",
            "  pricing { methods = [\"com.acme.PricingClient#quote\"], fallback.value = 0.0 }",
            "  orders-db { jdbc.url = \"jdbc:h2:tcp://localhost/*\" }",
            "}");

    @TempDir
    Path dir;

    private Path write(String name, String hocon) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, hocon);
        return file;
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Jdks.ALL)
    void loadsAValidConfigAndTheHostRuns(Path javaHome) throws Exception {
        Path config = write("app.conf", VALID);

        ChildJvm.Result result = new ChildJvm(javaHome).withAgent(config.toString()).run(HostApp.class.getName(), "7");

        assertThat(result.exitCode).as(result.toString()).isEqualTo(7);
        assertThat(result.stdout).contains(HostApp.RAN);
        assertThat(result.agentLines()).as(result.toString()).containsExactly(
                "[tripswitch] config " + config + ": 2 targets: orders-db (jdbc), pricing (methods)",
                "[tripswitch] warning: target orders-db: jdbc targets are not guarded by this build yet");
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Jdks.ALL)
    void reportsEveryConfigErrorWithFileLineAndKeyAndTheHostStillRuns(Path javaHome) throws Exception {
        Path config = write("broken.conf", String.join("\n",
                "tripswitch.targets {",
                "  pricing {",
                "    methods = [\"com.acme.PricingClient#quote\"]",
                "    failure-rate-treshold = 40",
                "  }",
                "  orders-db {",
                "    jdbc.url = \"jdbc:h2:tcp://localhost/*\"",
                "    open-duration = soon",
                "  }",
                "  search { http.host = \"search.internal\" }",
                "}"));

        ChildJvm.Result result = new ChildJvm(javaHome).withAgent(config.toString()).run(HostApp.class.getName());

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.stdout).contains(HostApp.RAN);
        assertThat(result.agentLines()).as(result.toString()).containsExactly(
                "[tripswitch] error: " + config + ":4: tripswitch.targets.pricing.failure-rate-treshold: unknown key;"
                        + " did you mean failure-rate-threshold?",
                "[tripswitch] error: " + config + ":8: tripswitch.targets.orders-db.open-duration: expected a duration"
                        + " such as 30s, 250ms or 5m, found \"soon\"",
                "[tripswitch] error: " + config + ": 2 errors; targets not guarded because of them: orders-db, pricing",
                "[tripswitch] config " + config + ": 1 target: search (http)",
                "[tripswitch] warning: target search: http targets are not guarded by this build yet");
    }

    @Test
    void syntaxErrorLeavesTheHostUninstrumentedButRunning() throws Exception {
        Path config = write("app.conf", "tripswitch { targets { ");

        ChildJvm.Result result = ChildJvm.current().withAgent(config.toString()).run(HostApp.class.getName());

        assertThat(result.exitCode).isZero();
        assertThat(result.stdout).contains(HostApp.RAN);
        assertThat(result.agentLines().get(0)).startsWith("[tripswitch] error: " + config + ":1: ");
        assertThat(result.agentLines()).last().isEqualTo("[tripswitch] config " + config + ": no targets");
    }

    @Test
    void missingConfigFileIsReportedAndTheHostRuns() throws Exception {
        Path missing = dir.resolve("missing.conf");

        ChildJvm.Result result = ChildJvm.current().withAgent(missing.toString()).run(HostApp.class.getName());

        assertThat(result.exitCode).isZero();
        assertThat(result.stdout).contains(HostApp.RAN);
        assertThat(result.agentLines().get(0)).isEqualTo("[tripswitch] error: " + missing + ": cannot read the file:"
                + " it does not exist (relative paths start at " + Path.of("").toAbsolutePath() + ")");
    }

    @Test
    void withoutAnyConfigItSaysSoAndGuardsNothing() throws Exception {
        ChildJvm.Result result = ChildJvm.current().withAgent(null).run(HostApp.class.getName());

        assertThat(result.exitCode).isZero();
        assertThat(result.agentLines()).containsExactly("[tripswitch] no config file given (agent argument,"
                + " -Dtripswitch.config or TRIPSWITCH_CONFIG): starting with no targets");
    }

    @Test
    void findsTheFileThroughTheSystemPropertyThenTheEnvironment() throws Exception {
        Path fromProperty = write("property.conf", "tripswitch.targets.a.methods = [\"a.B#c\"]");
        Path fromEnvironment = write("environment.conf", "tripswitch.targets.b.methods = [\"a.B#c\"]");

        ChildJvm.Result both = ChildJvm.current().withAgent(null)
                .option("-Dtripswitch.config=" + fromProperty)
                .env("TRIPSWITCH_CONFIG", fromEnvironment.toString())
                .run(HostApp.class.getName());
        ChildJvm.Result environmentOnly = ChildJvm.current().withAgent(null)
                .env("TRIPSWITCH_CONFIG", fromEnvironment.toString())
                .run(HostApp.class.getName());

        assertThat(both.agentLines()).singleElement().asString().startsWith("[tripswitch] config " + fromProperty + ": 1 target: a");
        assertThat(environmentOnly.agentLines()).singleElement().asString()
                .startsWith("[tripswitch] config " + fromEnvironment + ": 1 target: b");
    }

    @Test
    void systemPropertiesOverrideTheFileAndTheirErrorsAreNamed() throws Exception {
        Path config = write("app.conf", VALID);

        ChildJvm.Result result = ChildJvm.current().withAgent(config.toString())
                .option("-Dtripswitch.targets.pricing.half-open-calls=none")
                .run(HostApp.class.getName());

        assertThat(result.agentLines().get(0)).isEqualTo("[tripswitch] error: system property"
                + " -Dtripswitch.targets.pricing.half-open-calls: expected a whole number of trial calls in 1..100000,"
                + " found \"none\"");
    }

    @Test
    void logLevelErrorKeepsOnlyErrors() throws Exception {
        Path quiet = write("quiet.conf", "tripswitch { log-level = error, targets.a.methods = [\"a.B#c\"] }");

        ChildJvm.Result result = ChildJvm.current().withAgent(quiet.toString()).run(HostApp.class.getName());

        assertThat(result.agentLines()).isEmpty();
    }

    @Test
    void premainInitialisesNoLoggingNorJmxOfTheHost() throws Exception {
        Path config = write("app.conf", VALID);

        ChildJvm.Result result = ChildJvm.current().withAgent(config.toString())
                .option("-Xlog:class+load=info")
                .run(HostApp.class.getName());

        List<String> loadedBeforeMain = new ArrayList<>();
        for (String line : result.stdout.split("\\R")) {
            if (line.contains(HostApp.RAN)) {
                break;
            }
            loadedBeforeMain.add(line);
        }
        assertThat(loadedBeforeMain).as("the agent ran and loaded its classes").anyMatch(l -> l.contains("dev.tripswitch.TripswitchAgent "));
        assertThat(loadedBeforeMain).noneMatch(l -> l.contains(" java.util.logging.")
                || l.contains(" java.lang.management.") || l.contains(" javax.management.")
                || l.contains(" jdk.jfr.") || l.contains(" org.slf4j.") || l.contains(" org.apache.logging."));
    }

    @Test
    void hostsOwnTypesafeConfigNeitherSeesTheAgentsCopyNorItsDefaults() throws Exception {
        Path hostConfigJar = Path.of(com.typesafe.config.ConfigFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path hostResources = Files.createDirectories(dir.resolve("host-resources"));
        Files.writeString(hostResources.resolve("application.conf"), "greeting = hello from the host");
        Path config = write("app.conf", VALID);

        ChildJvm.Result result = ChildJvm.current().withAgent(config.toString())
                .classpath(hostConfigJar)
                .classpath(hostResources)
                .run(TypesafeConfigHost.class.getName());

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.stdout).contains("config class from: " + hostConfigJar.toUri().toURL());
        assertThat(result.stdout).contains("sees tripswitch keys: false");
        assertThat(result.stdout).contains("greeting: hello from the host");
        assertThat(result.agentLines()).anyMatch(l -> l.startsWith("[tripswitch] config " + config + ": 2 targets"));
    }
}
