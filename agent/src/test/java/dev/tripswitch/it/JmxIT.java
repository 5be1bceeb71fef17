package dev.tripswitch.it;

import dev.tripswitch.it.host.OperatedHost;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import javax.management.Attribute;
import javax.management.AttributeChangeNotification;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's view from outside the process (SPEC §6): a remote JMX connector to a child JVM
 * reads every attribute of a breaker and of the agent, operates the breaker and sees the effect on
 * the host's real calls, and receives the State notifications in order.
 */
class JmxIT {
    private static final ObjectName ORDERS = name("tripswitch:type=CircuitBreaker,name=orders");
    private static final ObjectName AGENT = name("tripswitch:type=Agent");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Jdks.ALL)
    void attributesOperationsAndNotificationsThroughARemoteConnector(Path javaHome) throws Exception {
        Path config = dir.resolve("app.conf");
        Files.writeString(config, String.join("\n",
                "tripswitch.targets.orders {",
                "  methods = [\"dev.tripswitch.it.host.OrdersClient#place\"]",
                "  sliding-window { type = count, size = 4 }",
                "  minimum-calls = 4",
                "  open-duration = 1h, open-duration-max = 1h",
                "  fallback.value = \"queued\"",
                "}"));
        int port = freePort();
        try (RunningChild child = new ChildJvm(javaHome).withAgent(config.toString())
                .option("-Dcom.sun.management.jmxremote.port=" + port)
                .option("-Dcom.sun.management.jmxremote.rmi.port=" + port)
                .option("-Dcom.sun.management.jmxremote.host=127.0.0.1")
                .option("-Djava.rmi.server.hostname=127.0.0.1")
                .option("-Dcom.sun.management.jmxremote.authenticate=false")
                .option("-Dcom.sun.management.jmxremote.ssl=false")
                .launch(OperatedHost.class.getName())) {
            assertThat(child.nextLine()).isEqualTo("ready");
            operateFromOutside(child, port, config);

            assertThat(child.exit()).isZero();
            List<String> agentLines = child.stderr().lines().filter(l -> l.startsWith("[tripswitch]")).collect(Collectors.toList());
            assertThat(agentLines).as(child.stderr()).containsSubsequence(
                    "[tripswitch] orders CLOSED -> OPEN: failure rate 50% >= 50% over 4 calls",
                    "[tripswitch] orders OPEN -> CLOSED: reset by an operator",
                    "[tripswitch] orders CLOSED -> FORCED_OPEN: forced open by an operator",
                    "[tripswitch] orders FORCED_OPEN -> DISABLED: disabled by an operator",
                    "[tripswitch] orders DISABLED -> CLOSED: reset by an operator");
        }
    }

    private static void operateFromOutside(RunningChild child, int port, Path config) throws Exception {
        try (JMXConnector connector = connect(child, port)) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            awaitRegistered(server, child);
            List<Notification> notifications = new CopyOnWriteArrayList<>();
            server.addNotificationListener(ORDERS, (n, handback) -> notifications.add(n), null, null);

            assertThat(child.send("ok 3")).isEqualTo("placed placed placed");
            assertThat(child.send("fail 1")).isEqualTo("threw");
            assertThat(attributes(server, "State", "Mode", "FailureRate", "SlowCallRate", "BufferedCalls",
                    "TotalCalls", "TotalFailures", "TotalSlowCalls", "TotalRejected", "TotalFallbacks", "WouldRejectCalls"))
                    .containsExactly("CLOSED", "enforce", 25f, 0f, 4, 4L, 1L, 0L, 0L, 0L, 0L);
            Instant lastTransition = Instant.parse((String) server.getAttribute(ORDERS, "LastTransition"));
            assertThat(lastTransition).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now());
            assertThat((String) server.getAttribute(ORDERS, "Settings"))
                    .startsWith("orders {\n  methods = [\"dev.tripswitch.it.host.OrdersClient#place\"]\n")
                    .contains("  minimum-calls = 4\n", "  open-duration = 1h\n", "  fallback { value = \"queued\" }\n");

            // 2 failures of the last 4: OPEN, and the next call gets the fallback without running.
            assertThat(child.send("fail 2")).isEqualTo("threw fallback:queued");
            assertThat(attributes(server, "State", "FailureRate", "BufferedCalls", "TotalCalls", "TotalFailures",
                    "TotalRejected", "TotalFallbacks")).containsExactly("OPEN", 50f, 4, 5L, 2L, 1L, 1L);
            assertThat(Instant.parse((String) server.getAttribute(ORDERS, "LastTransition"))).isAfterOrEqualTo(lastTransition);

            server.invoke(ORDERS, "reset", null, null);
            assertThat(server.getAttribute(ORDERS, "State")).isEqualTo("CLOSED");
            assertThat(server.getAttribute(ORDERS, "BufferedCalls")).isEqualTo(0);
            assertThat(child.send("ok 1")).isEqualTo("placed");

            server.invoke(ORDERS, "forceOpen", null, null);
            assertThat(child.send("ok 2")).isEqualTo("fallback:queued fallback:queued");
            assertThat(attributes(server, "State", "TotalRejected")).containsExactly("FORCED_OPEN", 3L);

            server.invoke(ORDERS, "disable", null, null);
            assertThat(child.send("fail 5")).isEqualTo("threw threw threw threw threw");
            assertThat(attributes(server, "State", "TotalCalls", "TotalFailures")).containsExactly("DISABLED", 6L, 2L);

            server.invoke(ORDERS, "reset", null, null);
            assertThat(child.send("ok 1")).isEqualTo("placed");

            assertThat(server.getAttribute(AGENT, "Version")).isEqualTo(System.getProperty("tripswitch.version"));
            assertThat(server.getAttribute(AGENT, "ConfigFile")).isEqualTo(config.toString());
            assertThat((String[]) server.getAttribute(AGENT, "Targets")).containsExactly("orders");
            assertThat((String[]) server.getAttribute(AGENT, "InstrumentedMethods"))
                    .containsExactly("dev.tripswitch.it.host.OrdersClient#place(boolean) -> orders");
            assertThat(server.getAttribute(AGENT, "LastReloadError")).isNull();

            List<String> expected = List.of("CLOSED -> OPEN", "OPEN -> CLOSED", "CLOSED -> FORCED_OPEN",
                    "FORCED_OPEN -> DISABLED", "DISABLED -> CLOSED");
            awaitSize(notifications, expected.size(), child);
            assertThat(notifications).extracting(n -> n.getSource()).containsOnly(ORDERS);
            assertThat(notifications).extracting(JmxIT::stateChange).containsExactlyElementsOf(expected);
            assertThat(notifications).extracting(Notification::getSequenceNumber).isSorted();
            assertThat(notifications.get(0).getMessage())
                    .isEqualTo("orders CLOSED -> OPEN: failure rate 50% >= 50% over 4 calls");

            System.out.println("JMX attributes of " + ORDERS + ", read from outside the child:\n" + dump(server, ORDERS));
        }
    }

    private static String stateChange(Notification notification) {
        AttributeChangeNotification change = (AttributeChangeNotification) notification;
        assertThat(change.getAttributeName()).isEqualTo("State");
        return change.getOldValue() + " -> " + change.getNewValue();
    }

    private static List<Object> attributes(MBeanServerConnection server, String... names) throws Exception {
        List<Object> values = new ArrayList<>();
        for (Attribute attribute : server.getAttributes(ORDERS, names).asList()) {
            values.add(attribute.getValue());
        }
        assertThat(values).hasSize(names.length);
        return values;
    }

    private static String dump(MBeanServerConnection server, ObjectName name) throws Exception {
        StringBuilder out = new StringBuilder();
        for (MBeanAttributeInfo info : server.getMBeanInfo(name).getAttributes()) {
            Object value = server.getAttribute(name, info.getName());
            String text = value instanceof String[] ? Arrays.toString((String[]) value) : String.valueOf(value);
            out.append("  ").append(info.getName()).append(" = ").append(text.replace("\n", "\n    ")).append('\n');
        }
        return out.toString();
    }

    private static JMXConnector connect(RunningChild child, int port) throws Exception {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (;;) {
            try {
                return JMXConnectorFactory.connect(url);
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no JMX connector on port " + port + "; child stderr:\n" + child.stderr(), notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void awaitRegistered(MBeanServerConnection server, RunningChild child) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!server.isRegistered(ORDERS) || !server.isRegistered(AGENT)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the MBeans were not registered; child stderr:\n" + child.stderr());
            }
            Thread.sleep(50);
        }
    }

    private static void awaitSize(List<?> list, int size, RunningChild child) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(list).as("notifications; child stderr:\n" + child.stderr()).hasSize(size);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static ObjectName name(String text) {
        try {
            return new ObjectName(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
