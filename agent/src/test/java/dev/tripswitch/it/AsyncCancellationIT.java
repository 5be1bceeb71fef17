package dev.tripswitch.it;

import dev.tripswitch.it.host.CancellingHost;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static dev.tripswitch.it.GuardedConfigs.TRIP_FAST;
import static dev.tripswitch.it.GuardedConfigs.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller that cancels the future of a guarded asynchronous call still cancels the operation:
 * with {@code on-failure} the caller holds a future of the agent's, which passes cancellation on.
 * A cancelled call is not a failure of the dependency.
 */
class AsyncCancellationIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "on-failure = {0}")
    @ValueSource(booleans = {false, true})
    void cancellingTheReturnedFutureCancelsTheOperationAndCountsAsNoFailure(boolean onFailure) throws Exception {
        Path config = GuardedConfigs.write(dir, "app.conf", TRIP_FAST,
                target("orders", "PendingOrders#placeAsync", "fallback { value = \"queued\", on-failure = " + onFailure + " }"));

        ChildJvm.Result result = ChildJvm.current().withAgent(config.toString()).run(CancellingHost.class.getName());

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.stdout.lines().collect(Collectors.toList())).as(result.toString())
                .containsExactly("same future: " + !onFailure, "operation cancelled: true", "fifth call: pending");
        assertThat(result.agentLines()).as(result.toString()).noneMatch(l -> l.contains("error"));
    }
}
