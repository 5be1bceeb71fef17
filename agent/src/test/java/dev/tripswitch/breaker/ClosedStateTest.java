package dev.tripswitch.breaker;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** CLOSED: the window, minimum-calls and both thresholds (SPEC §3), for both window types. */
class ClosedStateTest {

    private static BreakerSettings.Builder settings(WindowType type) {
        return BreakerSettings.builder()
                .slidingWindow(type, 10)
                .minimumCalls(10)
                .failureRateThreshold(50)
                .slowCallDuration(Duration.ofSeconds(1))
                .slowCallRateThreshold(50);
    }

    @ParameterizedTest
    @EnumSource(WindowType.class)
    void opensWhenFailureRateReachesThresholdExactly(WindowType type) {
        BreakerDriver driver = new BreakerDriver(settings(type));
        driver.successes(5);
        driver.failures(4);
        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);

        driver.failures(1); // 5 of 10: exactly 50%

        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
        assertThat(driver.metrics().failureRate()).isEqualTo(50f);
    }

    @ParameterizedTest
    @EnumSource(WindowType.class)
    void staysClosedJustBelowThreshold(WindowType type) {
        BreakerDriver driver = new BreakerDriver(settings(type).failureRateThreshold(50.1));
        driver.successes(5);
        driver.failures(5);

        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(driver.metrics().failureRate()).isEqualTo(50f);
    }

    @ParameterizedTest
    @EnumSource(WindowType.class)
    void decidesNothingBelowMinimumCalls(WindowType type) {
        BreakerDriver driver = new BreakerDriver(settings(type));
        driver.failures(9);

        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(driver.metrics().failureRate()).isEqualTo(-1f);
        assertThat(driver.metrics().slowCallRate()).isEqualTo(-1f);
        assertThat(driver.metrics().bufferedCalls()).isEqualTo(9);

        driver.failures(1);
        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void countWindowTakesMinimumCallsAboveItsSizeAsItsSize() {
        BreakerDriver driver = new BreakerDriver(settings(WindowType.COUNT).slidingWindow(WindowType.COUNT, 4)
                .minimumCalls(20));
        driver.failures(3);
        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);

        driver.failures(1);

        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void timeWindowWaitsForMinimumCallsEvenAboveItsSize() {
        BreakerDriver driver = new BreakerDriver(settings(WindowType.TIME).slidingWindow(WindowType.TIME, 4)
                .minimumCalls(20));
        driver.failures(19);
        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);

        driver.failures(1);

        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
    }

    @ParameterizedTest
    @EnumSource(WindowType.class)
    void fractionalThresholdIsReachedExactly(WindowType type) {
        // 0.56% of 1250 calls is exactly 7 failures; 0.56 * 1250 in floating point is 700.0000000000001.
        BreakerSettings.Builder settings = BreakerSettings.builder()
                .slidingWindow(type, type == WindowType.COUNT ? 1250 : 60)
                .minimumCalls(1250)
                .failureRateThreshold(0.56);
        BreakerDriver justBelow = new BreakerDriver(settings);
        justBelow.failures(6);
        justBelow.successes(1244);
        BreakerDriver exactly = new BreakerDriver(settings);
        exactly.failures(7);
        exactly.successes(1243);

        assertThat(justBelow.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(exactly.state()).isEqualTo(BreakerState.OPEN);
    }

    @ParameterizedTest
    @EnumSource(WindowType.class)
    void opensWhenSlowCallRateReachesThreshold(WindowType type) {
        BreakerDriver driver = new BreakerDriver(settings(type));
        driver.successes(5);
        driver.slowSuccesses(4);
        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);

        driver.slowSuccesses(1);

        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
        assertThat(driver.metrics().slowCallRate()).isEqualTo(50f);
        assertThat(driver.metrics().failureRate()).isEqualTo(0f);
    }

    @ParameterizedTest
    @EnumSource(WindowType.class)
    void callExactlyAtSlowCallDurationIsSlow(WindowType type) {
        BreakerDriver driver = new BreakerDriver(settings(type).minimumCalls(1).slidingWindow(type, 1));
        Permit permit = driver.admit();
        long end = driver.clock.nanoTime();

        driver.breaker.onSuccess(permit, end - Duration.ofSeconds(1).toNanos(), end);

        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
        assertThat(driver.metrics().totalSlowCalls()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(WindowType.class)
    void slowCallThatAlsoFailsCountsInBothRates(WindowType type) {
        BreakerDriver driver = new BreakerDriver(settings(type).failureRateThreshold(100).slowCallRateThreshold(100));
        driver.successes(7);
        driver.slowFailures(3);

        BreakerMetrics metrics = driver.metrics();
        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(metrics.failureRate()).isEqualTo(30f);
        assertThat(metrics.slowCallRate()).isEqualTo(30f);
        assertThat(metrics.totalFailures()).isEqualTo(3);
        assertThat(metrics.totalSlowCalls()).isEqualTo(3);
        assertThat(metrics.totalCalls()).isEqualTo(10);
    }

    @Test
    void countWindowForgetsItsOldestOutcomes() {
        BreakerDriver driver = new BreakerDriver(settings(WindowType.COUNT).slidingWindow(WindowType.COUNT, 4)
                .minimumCalls(4).failureRateThreshold(75));
        driver.failures(2);
        driver.successes(2);
        assertThat(driver.metrics().failureRate()).isEqualTo(50f);

        driver.successes(2); // the two failures fall out

        assertThat(driver.metrics().failureRate()).isEqualTo(0f);
        assertThat(driver.metrics().bufferedCalls()).isEqualTo(4);
        driver.failures(2);
        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);
        driver.failures(1); // the last four are S F F F: 75%
        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void timeWindowForgetsOutcomesOlderThanItsSeconds() {
        BreakerDriver driver = new BreakerDriver(settings(WindowType.TIME).slidingWindow(WindowType.TIME, 10)
                .minimumCalls(4).failureRateThreshold(60));
        driver.failures(2);                         // second 0
        driver.advance(Duration.ofSeconds(5));
        driver.successes(2);                        // second 5
        assertThat(driver.metrics().failureRate()).isEqualTo(50f);

        driver.advance(Duration.ofSeconds(5));      // second 10: the failures of second 0 have expired
        assertThat(driver.metrics().bufferedCalls()).isEqualTo(2);
        assertThat(driver.metrics().failureRate()).isEqualTo(-1f);

        driver.failures(2);                         // 2 of 4 in the window: 50% < 60%
        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(driver.metrics().failureRate()).isEqualTo(50f);

        driver.advance(Duration.ofSeconds(5));      // second 15: the successes of second 5 expire
        driver.failures(1);
        assertThat(driver.metrics().bufferedCalls()).isEqualTo(3);
        driver.failures(1);                         // 4 failures in seconds 10 and 15
        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void timeWindowEmptiesAfterALongIdlePeriod() {
        BreakerDriver driver = new BreakerDriver(settings(WindowType.TIME));
        driver.failures(3);
        driver.successes(3);
        driver.advance(Duration.ofHours(30));

        assertThat(driver.metrics().bufferedCalls()).isZero();
        driver.failures(9);
        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);
        driver.failures(1);
        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void outcomeEndingBeforeTheTimeWindowIsDropped() {
        BreakerDriver driver = new BreakerDriver(settings(WindowType.TIME).minimumCalls(1));
        Permit stalled = driver.admit();
        long endedLongAgo = driver.clock.nanoTime();
        driver.advance(Duration.ofSeconds(60));
        driver.successes(1);

        driver.breaker.onFailure(stalled, endedLongAgo, endedLongAgo);

        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(driver.metrics().bufferedCalls()).isEqualTo(1);
        assertThat(driver.metrics().totalFailures()).isEqualTo(1);
    }
}
