package dev.tripswitch.it;

import dev.tripswitch.it.host.IsolatedLoaderHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static dev.tripswitch.it.GuardedConfigs.TRIP_FAST;
import static dev.tripswitch.it.GuardedConfigs.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A selected class whose loader cannot see the dispatcher is left unwoven rather than woven into
 * code that would fail to link on every call; the log says why.
 */
class IsolatedLoaderIT {
    @TempDir
    Path dir;

    @Test
    void aLoaderThatHidesTheDispatcherKeepsItsClassesUnguardedAndWorking() throws Exception {
        Path config = GuardedConfigs.write(dir, "app.conf", TRIP_FAST,
                target("counter", "Counter#*", "fallback.value = 0"));

        ChildJvm.Result result = ChildJvm.current().withAgent(config.toString()).run(IsolatedLoaderHost.class.getName());

        assertThat(result.exitCode).as(result.toString()).isZero();
        String down = "failing: threw java.lang.IllegalStateException: down";
        assertThat(result.stdout.lines().collect(Collectors.toList())).as(result.toString())
                .containsExactly("next: 1", "next: 2", "next: 3", down, down, down);
        assertThat(result.agentLines()).as(result.toString())
                .anyMatch(l -> l.startsWith("[tripswitch] error: cannot guard dev.tripswitch.it.host.Counter or any other class of ")
                        && l.endsWith("add dev.tripswitch.* to org.osgi.framework.bootdelegation"))
                .noneMatch(l -> l.contains("guarding"));
    }
}
