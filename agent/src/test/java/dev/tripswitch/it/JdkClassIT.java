package dev.tripswitch.it;

import dev.tripswitch.it.host.JdbcHost;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A method of a JDK class that the platform loader defines, in the named module java.sql, is
 * guarded: woven code there reaches the dispatcher in the boot loader, which is what the JDBC and
 * HTTP targets will need.
 */
class JdkClassIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Jdks.ALL)
    void driverManagerGetConnectionIsGuardedWithItsThrowFallback(Path javaHome) throws Exception {
        Path config = dir.resolve("app.conf");
        Files.writeString(config, String.join("\n",
                "tripswitch.targets.orders {",
                "  methods = [\"java.sql.DriverManager#getConnection\"]",
                "  sliding-window.size = 2, minimum-calls = 2",
                "  fallback { throw = \"java.sql.SQLTransientConnectionException\", message = \"orders database is down\" }",
                "}"));

        ChildJvm.Result result = new ChildJvm(javaHome).withAgent(config.toString()).run(JdbcHost.class.getName());

        assertThat(result.exitCode).as(result.toString()).isZero();
        String noDriver = "java.sql.SQLException: No suitable driver found for jdbc:tripswitch-nowhere:orders";
        assertThat(result.stdout.lines().collect(Collectors.toList())).as(result.toString()).containsExactly(
                "call 1: " + noDriver,
                "call 2: " + noDriver,
                "call 3: java.sql.SQLTransientConnectionException: orders database is down");
        assertThat(result.agentLines()).as(result.toString())
                .contains("[tripswitch] guarding java.sql.DriverManager#getConnection(java.lang.String, java.lang.String,"
                        + " java.lang.String) -> orders", "[tripswitch] orders CLOSED -> OPEN: failure rate 100% >= 50% over 2 calls")
                .noneMatch(l -> l.contains("error") || l.contains("warning"));
    }
}
