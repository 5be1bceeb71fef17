package dev.tripswitch.it;

import dev.tripswitch.it.host.OperatedHost;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A Flight Recorder recording of a child JVM shows when and why its breaker tripped, and what it rejected. */
class FlightRecorderIT {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Jdks.ALL)
    void aRecordingHoldsTheTransitionsWithTheirReasonsAndPeriodicRejectionCounts(Path javaHome) throws Exception {
        Path config = tripsOnTwoFailures();
        Path recording = dir.resolve("recording.jfr");

        ChildJvm.Result result = new ChildJvm(javaHome).withAgent(config.toString())
                .option("-XX:StartFlightRecording=filename=" + recording + ",dumponexit=true")
                .input("fail 2\nfail 1000\nsleep 1500\nexit\n")
                .run(OperatedHost.class.getName());

        assertThat(result.exitCode).as(result.toString()).isZero();
        List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
        List<RecordedEvent> transitions = named(events, "dev.tripswitch.StateTransition");
        assertThat(transitions).as(result.toString()).hasSize(1);
        RecordedEvent trip = transitions.get(0);
        assertThat(trip.getString("target")).isEqualTo("orders");
        assertThat(trip.getString("from")).isEqualTo("CLOSED");
        assertThat(trip.getString("to")).isEqualTo("OPEN");
        assertThat(trip.getString("reason")).isEqualTo("failure rate 100% >= 50% over 2 calls");
        assertThat(trip.getFloat("failureRate")).isEqualTo(1f);
        assertThat(trip.getFloat("slowCallRate")).isEqualTo(0f);
        assertThat(trip.getLong("sequence")).isEqualTo(1L);

        List<RecordedEvent> rejections = named(events, "dev.tripswitch.CallRejected");
        assertThat(rejections).as(result.toString()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getString("state")).isEqualTo("OPEN"));
        assertThat(rejections.stream().mapToLong(e -> e.getLong("rejected")).sum()).isEqualTo(1000);
        assertThat(rejections).anySatisfy(e -> assertThat(e.getLong("totalRejected")).isEqualTo(1000));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource(Jdks.ALL)
    void aRecordingStartedLaterCountsOnlyTheRejectionsItWitnessed(Path javaHome) throws Exception {
        Path config = tripsOnTwoFailures();
        Path recording = dir.resolve("later.jfr");

        ChildJvm.Result result = new ChildJvm(javaHome).withAgent(config.toString())
                .input("fail 2\nfail 500\nsleep 1200\nrecord-start\nfail 300\nsleep 1500\nrecord-stop " + recording + "\nexit\n")
                .run(OperatedHost.class.getName());

        assertThat(result.exitCode).as(result.toString()).isZero();
        List<RecordedEvent> rejections = named(RecordingFile.readAllEvents(recording), "dev.tripswitch.CallRejected");
        assertThat(rejections).as(result.toString()).isNotEmpty();
        assertThat(rejections.stream().mapToLong(e -> e.getLong("rejected")).sum()).isEqualTo(300);
        assertThat(rejections).anySatisfy(e -> assertThat(e.getLong("totalRejected")).isEqualTo(800));
    }

    /** OrdersClient#place guarded by a breaker that opens on two failures and stays open. */
    private Path tripsOnTwoFailures() throws IOException {
        Path config = dir.resolve("app.conf");
        Files.writeString(config, String.join("\n",
                "tripswitch.targets.orders {",
                "  methods = [\"dev.tripswitch.it.host.OrdersClient#place\"]",
                "  sliding-window { type = count, size = 2 }, minimum-calls = 2",
                "  open-duration = 1h, open-duration-max = 1h",
                "}"));
        return config;
    }

    private static List<RecordedEvent> named(List<RecordedEvent> events, String name) {
        return events.stream().filter(e -> e.getEventType().getName().equals(name)).collect(Collectors.toList());
    }
}
