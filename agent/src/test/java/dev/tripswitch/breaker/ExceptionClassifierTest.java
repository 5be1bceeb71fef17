package dev.tripswitch.breaker;

import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;

import static dev.tripswitch.breaker.ExceptionClassifier.Verdict.FAILURE;
import static dev.tripswitch.breaker.ExceptionClassifier.Verdict.IGNORED;
import static dev.tripswitch.breaker.ExceptionClassifier.Verdict.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code record-exceptions} and {@code ignore-exceptions} (SPEC §2.2). */
class ExceptionClassifierTest {

    @Test
    void everyExceptionIsAFailureWhenNothingIsListed() {
        ExceptionClassifier classifier = new ExceptionClassifier(List.of(), List.of());

        assertThat(classifier.classify(new IOException())).isEqualTo(FAILURE);
        assertThat(classifier.classify(new IllegalStateException())).isEqualTo(FAILURE);
        assertThat(classifier.classify(new StackOverflowError())).isEqualTo(FAILURE);
    }

    @Test
    void onlyRecordedExceptionsAndTheirSubclassesFailWhenRecordIsSet() {
        ExceptionClassifier classifier = new ExceptionClassifier(List.of("java.io.IOException"), List.of());

        assertThat(classifier.classify(new IOException())).isEqualTo(FAILURE);
        assertThat(classifier.classify(new ConnectException())).isEqualTo(FAILURE);
        assertThat(classifier.classify(new IllegalArgumentException()))
                .as("the dependency answered; the caller's mistake").isEqualTo(SUCCESS);
    }

    @Test
    void ignoringWinsOverRecordingForASubclass() {
        ExceptionClassifier classifier = new ExceptionClassifier(
                List.of("java.io.IOException"), List.of("java.io.FileNotFoundException"));

        assertThat(classifier.classify(new FileNotFoundException())).isEqualTo(IGNORED);
        assertThat(classifier.classify(new SocketException())).isEqualTo(FAILURE);
    }

    @Test
    void ignoredSuperclassCoversItsSubclasses() {
        ExceptionClassifier classifier = new ExceptionClassifier(List.of(), List.of("java.lang.RuntimeException"));

        assertThat(classifier.classify(new UncheckedIOException(new IOException()))).isEqualTo(IGNORED);
        assertThat(classifier.classify(new IOException())).isEqualTo(FAILURE);
    }

    @Test
    void breakerCountsByVerdict() {
        BreakerDriver driver = new BreakerDriver(BreakerSettings.builder()
                .recordExceptions(List.of("java.io.IOException"))
                .ignoreExceptions(List.of("java.io.FileNotFoundException"))
                .slowCallDuration(Duration.ofSeconds(1)));

        driver.throwing(new ConnectException(), 2);
        driver.throwing(new FileNotFoundException(), 3);
        driver.throwing(new IllegalArgumentException(), 1);

        BreakerMetrics metrics = driver.metrics();
        assertThat(metrics.totalCalls()).isEqualTo(6);
        assertThat(metrics.totalFailures()).isEqualTo(2);
        assertThat(metrics.bufferedCalls()).as("ignored outcomes stay out of the window").isEqualTo(3);
    }
}
