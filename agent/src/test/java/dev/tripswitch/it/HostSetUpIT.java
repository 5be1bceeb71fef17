package dev.tripswitch.it;

import dev.tripswitch.it.host.HostLogManager;
import dev.tripswitch.it.host.HostMBeanServerBuilder;
import dev.tripswitch.it.host.OwnSetUpHost;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host that chooses its own log manager and MBeanServer builder keeps them as it made them:
 * the agent registers its MBeans only once the host has loaded those classes itself.
 */
class HostSetUpIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Jdks.ALL)
    void aHostsOwnLogManagerAndMBeanServerBuilderAreCreatedByTheHostNotByTheAgent(Path javaHome) throws Exception {
        Path config = dir.resolve("app.conf");
        Files.writeString(config, "tripswitch.targets.orders.methods = [\"dev.tripswitch.it.host.OrdersClient#place\"]\n");

        ChildJvm.Result result = new ChildJvm(javaHome).withAgent(config.toString())
                .option("-Djava.util.logging.manager=" + HostLogManager.class.getName())
                .option("-Djavax.management.builder.initial=" + HostMBeanServerBuilder.class.getName())
                .run(OwnSetUpHost.class.getName(), "command-line");

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.stdout.lines().collect(Collectors.toList())).as(result.toString()).containsExactly(
                "log manager: HostLogManager, created after the host's set-up",
                "MBeanServer: built by the host's builder after its set-up",
                "tripswitch MBean: registered",
                "guarded call: ran");
        assertThat(result.agentLines()).as(result.toString())
                .noneMatch(l -> l.contains("error") || l.contains("warning"));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Jdks.ALL)
    void aBuilderChosenInMainAfterLoggingIsUpIsStillTheOneTheHostsMBeanServerIsBuiltWith(Path javaHome) throws Exception {
        Path config = dir.resolve("app.conf");
        Files.writeString(config, "tripswitch.targets.orders.methods = [\"dev.tripswitch.it.host.OrdersClient#place\"]\n");

        ChildJvm.Result result = new ChildJvm(javaHome).withAgent(config.toString())
                .run(OwnSetUpHost.class.getName(), "in-main");

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.stdout.lines().collect(Collectors.toList())).as(result.toString()).containsExactly(
                "MBeanServer: built by the host's builder after its set-up",
                "tripswitch MBean: registered",
                "guarded call: ran");
    }
}
