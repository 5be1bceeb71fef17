package dev.tripswitch.it;

import dev.tripswitch.it.host.LifecycleHost;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guarded client of a real loopback service through a real outage (SPEC §3): it trips, rejects
 * with its fallback without touching the socket, lets trial calls through once the open duration
 * has passed, and closes again.
 */
class LifecycleIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Jdks.ALL)
    void tripsOnAnOutageRejectsWithTheFallbackAndRecoversThroughTrials(Path javaHome) throws Exception {
        Path config = dir.resolve("app.conf");
        Files.writeString(config, String.join("\n",
                "tripswitch.targets.pricing {",
                "  methods = [\"dev.tripswitch.it.host.PriceClient#quote\"]",
                "  sliding-window { type = count, size = 4 }",
                "  minimum-calls = 4",
                "  open-duration = 2s",
                "  half-open-calls = 2",
                "  fallback.value = 0.0",
                "}"));

        ChildJvm.Result result = new ChildJvm(javaHome).withAgent(config.toString())
                .run(LifecycleHost.class.getName(), "2000");

        assertThat(result.exitCode).as(result.toString()).isZero();
        List<String> lines = result.stdout.lines()
                .filter(l -> !l.startsWith("real call") && !l.startsWith("rejected call"))
                .collect(Collectors.toList());
        assertThat(lines).as(result.toString()).containsExactly(
                "service stopped",
                "call 1: threw ConnectException",
                "call 2: threw ConnectException", // 2 failures of the last 4 calls: 50%, OPEN
                "call 3: returned 0.0 [rejected]",
                "service restarted",
                "call 4: returned 0.0 [rejected]", // the open duration has not passed
                "call 5: returned 6.0", // first trial
                "call 6: returned 6.0", // second trial: CLOSED
                "call 7: returned 6.0");
        assertThat(result.agentLines()).as(result.toString()).containsExactly(
                "[tripswitch] config " + config + ": 1 target: pricing (methods)",
                "[tripswitch] guarding dev.tripswitch.it.host.PriceClient#quote(java.lang.String) -> pricing",
                "[tripswitch] pricing CLOSED -> OPEN: failure rate 50% >= 50% over 4 calls",
                "[tripswitch] pricing OPEN -> HALF_OPEN: after 2s",
                "[tripswitch] pricing HALF_OPEN -> CLOSED: 2/2 trials ok");
    }
}
