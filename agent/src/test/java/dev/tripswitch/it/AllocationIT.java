package dev.tripswitch.it;

import dev.tripswitch.it.host.AllocationHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.tripswitch.it.GuardedConfigs.TRIP_FAST;
import static dev.tripswitch.it.GuardedConfigs.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Woven code allocates nothing per call once compiled, whether the call proceeds or is rejected
 * with a value fallback: the thread's allocation counter, read in the child, stays put over
 * millions of calls.
 */
class AllocationIT {
    @TempDir
    Path dir;

    @Test
    void guardedCallsAllocateNothingWhetherTheyProceedOrAreRejected() throws Exception {
        Path config = GuardedConfigs.write(dir, "app.conf", TRIP_FAST,
                target("next", "Counter#next", ""),
                target("failing", "Counter#failing", "fallback.value = 7"));

        ChildJvm.Result result = ChildJvm.current().withAgent(config.toString()).run(AllocationHost.class.getName());

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.agentLines()).contains("[tripswitch] failing CLOSED -> OPEN: failure rate 100% >= 50% over 2 calls");
        // Well under one byte per call: an allocation per call would show as 16 or more.
        assertThat(result.stdout).as(result.toString())
                .containsPattern("proceeding: 0\\.0\\d\\d bytes per call")
                .containsPattern("rejected: 0\\.0\\d\\d bytes per call");
    }
}
