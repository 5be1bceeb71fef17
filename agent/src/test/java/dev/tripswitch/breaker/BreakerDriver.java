package dev.tripswitch.breaker;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Makes calls through a breaker on a fake clock: a call takes no time, a slow one ends now after {@link #SLOW}. */
final class BreakerDriver {
    static final Duration SLOW = Duration.ofSeconds(10);

    final FakeClock clock = new FakeClock();
    final CircuitBreaker breaker;

    BreakerDriver(BreakerSettings settings) {
        this.breaker = CircuitBreaker.create("test", settings, clock);
    }

    BreakerDriver(BreakerSettings.Builder settings) {
        this(settings.build());
    }

    /** Admits a call (failing the test if it is rejected) and leaves it in flight. */
    Permit admit() {
        Permit permit = breaker.tryAcquire(clock.nanoTime());
        assertThat(permit).as("call admitted in %s", breaker.state()).isNotNull();
        return permit;
    }

    boolean isRejected() {
        Permit permit = breaker.tryAcquire(clock.nanoTime());
        if (permit == null) {
            return true;
        }
        breaker.onSuccess(permit, clock.nanoTime(), clock.nanoTime());
        return false;
    }

    void succeed(Permit permit) {
        breaker.onSuccess(permit, clock.nanoTime(), clock.nanoTime());
    }

    void fail(Permit permit) {
        breaker.onFailure(permit, clock.nanoTime(), clock.nanoTime());
    }

    void successes(int n) {
        for (int i = 0; i < n; i++) {
            succeed(admit());
        }
    }

    void failures(int n) {
        for (int i = 0; i < n; i++) {
            fail(admit());
        }
    }

    void slowSuccesses(int n) {
        for (int i = 0; i < n; i++) {
            Permit permit = admit();
            long end = clock.nanoTime();
            breaker.onSuccess(permit, end - SLOW.toNanos(), end);
        }
    }

    void slowFailures(int n) {
        for (int i = 0; i < n; i++) {
            Permit permit = admit();
            long end = clock.nanoTime();
            breaker.onFailure(permit, end - SLOW.toNanos(), end);
        }
    }

    void throwing(Throwable thrown, int n) {
        for (int i = 0; i < n; i++) {
            breaker.onThrowable(admit(), clock.nanoTime(), clock.nanoTime(), thrown);
        }
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }

    BreakerState state() {
        return breaker.state();
    }

    BreakerMetrics metrics() {
        return breaker.metrics();
    }
}
