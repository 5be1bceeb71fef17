package dev.tripswitch.observe;

import dev.tripswitch.breaker.BreakerSettings;
import dev.tripswitch.breaker.CircuitBreaker;
import dev.tripswitch.breaker.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionSummaryTest {
    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    @AfterEach
    void restoreStderr() {
        System.setErr(stderr);
    }

    @Test
    void eachIntervalSaysHowManyCallsEachBreakerRejectedSinceTheLastOne() {
        CircuitBreaker pricing = CircuitBreaker.create("pricing", BreakerSettings.defaults());
        CircuitBreaker orders = CircuitBreaker.create("orders", BreakerSettings.defaults());
        CircuitBreaker observed = CircuitBreaker.create("observed", BreakerSettings.builder().mode(Mode.OBSERVE).build());
        RejectionSummary summary = new RejectionSummary(List.of(pricing, orders, observed));
        pricing.forceOpen();
        observed.forceOpen();
        reject(pricing, 1523);
        reject(observed, 2);

        assertThat(linesOf(summary)).containsExactly(
                "[tripswitch] pricing: 1523 calls rejected in the last 10s (FORCED_OPEN)",
                "[tripswitch] observed: 2 calls would have been rejected in the last 10s (FORCED_OPEN);"
                        + " observe mode let them through");

        reject(pricing, 1);
        assertThat(linesOf(summary)).containsExactly("[tripswitch] pricing: 1 call rejected in the last 10s (FORCED_OPEN)");
        assertThat(linesOf(summary)).as("an interval without rejections").isEmpty();
    }

    private static void reject(CircuitBreaker breaker, int calls) {
        for (int i = 0; i < calls; i++) {
            assertThat(breaker.tryAcquire(breaker.clock().nanoTime()) == null)
                    .isEqualTo(breaker.settings().mode() != Mode.OBSERVE);
        }
    }

    private List<String> linesOf(Runnable summary) {
        written.reset();
        System.setErr(new PrintStream(written, true, StandardCharsets.UTF_8));
        try {
            summary.run();
        } finally {
            System.setErr(stderr);
        }
        return written.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    }
}
