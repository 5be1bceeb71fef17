package dev.tripswitch.benchmarks;

import dev.tripswitch.breaker.BreakerSettings;
import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.breaker.Permit;
import dev.tripswitch.breaker.WindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** One tripswitch breaker and one Resilience4j breaker with the same settings. */
final class BreakerPair {
    final CircuitBreaker tripswitch;
    final io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j;

    BreakerPair(WindowType window) {
        // SPEC defaults, but an open duration no benchmark run outlasts.
        int size = window == WindowType.COUNT ? 100 : 10;
        tripswitch = CircuitBreaker.create("bench", BreakerSettings.builder()
                .slidingWindow(window, size)
                .minimumCalls(20)
                .failureRateThreshold(50)
                .slowCallDuration(Duration.ofSeconds(5))
                .slowCallRateThreshold(100)
                .openDuration(Duration.ofHours(1))
                .openDurationMax(Duration.ofHours(1))
                .halfOpenCalls(5)
                .build());
        resilience4j = io.github.resilience4j.circuitbreaker.CircuitBreaker.of("bench", CircuitBreakerConfig.custom()
                .slidingWindowType(window == WindowType.COUNT
                        ? CircuitBreakerConfig.SlidingWindowType.COUNT_BASED
                        : CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
                .slidingWindowSize(size)
                .minimumNumberOfCalls(20)
                .failureRateThreshold(50)
                .slowCallDurationThreshold(Duration.ofSeconds(5))
                .slowCallRateThreshold(100)
                .waitDurationInOpenState(Duration.ofHours(1))
                .permittedNumberOfCallsInHalfOpenState(5)
                .build());
    }

    /** Trips both breakers by real failures, as in production. */
    void open() {
        for (int i = 0; i < 100; i++) {
            long start = System.nanoTime();
            Permit permit = tripswitch.tryAcquire(start);
            if (permit != null) {
                tripswitch.onFailure(permit, start, System.nanoTime());
            }
            if (resilience4j.tryAcquirePermission()) {
                resilience4j.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, new IOException("down"));
            }
        }
        if (tripswitch.tryAcquire(System.nanoTime()) != null || resilience4j.tryAcquirePermission()) {
            throw new IllegalStateException("breakers did not open");
        }
    }
}
