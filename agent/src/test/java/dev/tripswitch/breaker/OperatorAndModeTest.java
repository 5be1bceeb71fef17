package dev.tripswitch.breaker;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** FORCED_OPEN, DISABLED, reset, observe mode and the counters operators read (SPEC §3, §6). */
class OperatorAndModeTest {
    private static final Duration OPEN = Duration.ofSeconds(30);

    private static BreakerSettings.Builder settings() {
        return BreakerSettings.builder()
                .slidingWindow(WindowType.COUNT, 10)
                .minimumCalls(4)
                .openDuration(OPEN)
                .halfOpenCalls(2);
    }

    @Test
    void forceOpenRejectsEverythingUntilReset() {
        BreakerDriver driver = new BreakerDriver(settings());
        driver.breaker.forceOpen();

        assertThat(driver.state()).isEqualTo(BreakerState.FORCED_OPEN);
        driver.advance(Duration.ofDays(1));
        assertThat(driver.isRejected()).isTrue();
        assertThat(driver.state()).isEqualTo(BreakerState.FORCED_OPEN);

        driver.breaker.reset();

        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(driver.isRejected()).isFalse();
    }

    @Test
    void disableLetsEverythingThroughAndCountsNothing() {
        BreakerDriver driver = new BreakerDriver(settings());
        driver.failures(2);
        driver.breaker.disable();

        driver.failures(50);
        driver.slowSuccesses(5);

        BreakerMetrics metrics = driver.metrics();
        assertThat(metrics.state()).isEqualTo(BreakerState.DISABLED);
        assertThat(metrics.totalCalls()).isEqualTo(2);
        assertThat(metrics.totalFailures()).isEqualTo(2);
        assertThat(metrics.totalSlowCalls()).isZero();
        assertThat(metrics.failureRate()).isEqualTo(-1f);
    }

    @Test
    void modeDisabledStartsDisabled() {
        BreakerDriver driver = new BreakerDriver(settings().mode(Mode.DISABLED));

        driver.failures(100);

        assertThat(driver.state()).isEqualTo(BreakerState.DISABLED);
        assertThat(driver.metrics().totalCalls()).isZero();
    }

    @Test
    void resetClosesWithAnEmptyWindowFromAnyState() {
        BreakerDriver driver = new BreakerDriver(settings());
        driver.failures(3);
        driver.breaker.reset();
        assertThat(driver.metrics().bufferedCalls()).isZero();

        driver.failures(4);
        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
        driver.breaker.reset();
        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);

        driver.breaker.disable();
        driver.breaker.reset();
        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);
        driver.failures(3);
        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void resetAfterReopeningsRestoresTheBaseOpenDuration() {
        BreakerDriver driver = new BreakerDriver(settings().openDurationMultiplier(4).openDurationMax(Duration.ofHours(1)));
        driver.failures(4);
        driver.advance(OPEN);
        driver.failures(2);               // re-opened for 120 s
        driver.breaker.reset();

        driver.failures(4);
        driver.advance(OPEN);

        assertThat(driver.admit().admittedIn()).isEqualTo(BreakerState.HALF_OPEN);
    }

    @Test
    void operatorActionsArePublishedAndRepeatsAreNot() {
        BreakerDriver driver = new BreakerDriver(settings());
        List<Transition> transitions = new ArrayList<>();
        driver.breaker.addListener(transitions::add);

        driver.breaker.forceOpen();
        driver.breaker.forceOpen();
        driver.breaker.disable();
        driver.breaker.reset();
        driver.breaker.reset();

        assertThat(transitions).extracting(Transition::toString).containsExactly(
                "test #1 CLOSED -> FORCED_OPEN: forced open by an operator",
                "test #2 FORCED_OPEN -> DISABLED: disabled by an operator",
                "test #3 DISABLED -> CLOSED: reset by an operator");
    }

    @Test
    void failingListenerDoesNotReachTheCallerNorOtherListeners() {
        BreakerDriver driver = new BreakerDriver(settings());
        List<Transition> seen = new ArrayList<>();
        driver.breaker.addListener(t -> {
            throw new IllegalStateException("listener bug");
        });
        driver.breaker.addListener(seen::add);

        driver.failures(4);

        assertThat(seen).hasSize(1);
        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void observeModeRunsTheStateMachineButNeverRejects() {
        BreakerDriver driver = new BreakerDriver(settings().mode(Mode.OBSERVE));
        driver.failures(4);
        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);

        Permit wouldBeRejected = driver.admit();
        assertThat(wouldBeRejected.admittedIn()).isEqualTo(BreakerState.OPEN);
        driver.succeed(wouldBeRejected);
        driver.failures(2);

        BreakerMetrics metrics = driver.metrics();
        assertThat(metrics.wouldRejectCalls()).isEqualTo(3);
        assertThat(metrics.totalRejected()).isZero();
        assertThat(metrics.totalCalls()).as("would-be-rejected calls ran").isEqualTo(7);
        assertThat(driver.state()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void observeModeRecoversThroughTrialsLikeEnforceMode() {
        BreakerDriver driver = new BreakerDriver(settings().mode(Mode.OBSERVE));
        driver.failures(4);
        driver.advance(OPEN);

        Permit trial1 = driver.admit();
        Permit trial2 = driver.admit();
        Permit beyondTrials = driver.admit();
        assertThat(trial1.admittedIn()).isEqualTo(BreakerState.HALF_OPEN);
        assertThat(beyondTrials.admittedIn()).isEqualTo(BreakerState.HALF_OPEN);
        driver.fail(beyondTrials); // would not have run in enforce mode: must not sway the trials
        driver.succeed(trial1);
        driver.succeed(trial2);

        assertThat(driver.state()).isEqualTo(BreakerState.CLOSED);
        assertThat(driver.metrics().wouldRejectCalls()).isEqualTo(1);
    }

    @Test
    void observeModeCountsForcedOpenAsWouldReject() {
        BreakerDriver driver = new BreakerDriver(settings().mode(Mode.OBSERVE));
        driver.breaker.forceOpen();

        driver.successes(3);

        assertThat(driver.metrics().wouldRejectCalls()).isEqualTo(3);
        assertThat(driver.metrics().totalCalls()).isEqualTo(3);
    }

    @Test
    void fallbacksAreCounted() {
        BreakerDriver driver = new BreakerDriver(settings());
        driver.breaker.onFallbackServed();
        driver.breaker.onFallbackServed();

        assertThat(driver.metrics().totalFallbacks()).isEqualTo(2);
    }
}
