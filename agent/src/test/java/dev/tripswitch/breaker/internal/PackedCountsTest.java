package dev.tripswitch.breaker.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PackedCountsTest {

    private static long pack(long calls, long failures, long slows) {
        return calls * PackedCounts.ONE_CALL + failures * PackedCounts.ONE_FAILURE + slows * PackedCounts.ONE_SLOW;
    }

    @Test
    void decodesEachFieldOfASum() {
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += PackedCounts.outcome(i % 3 == 0, i % 5 == 0);
        }

        assertThat(PackedCounts.calls(sum)).isEqualTo(1000);
        assertThat(PackedCounts.failures(sum)).isEqualTo(334);
        assertThat(PackedCounts.slows(sum)).isEqualTo(200);
    }

    @Test
    void decodesFieldsThatAreBrieflyNegativeWithoutDisturbingTheirNeighbours() {
        long sum = pack(5, 0, 2) - PackedCounts.outcome(true, false) + PackedCounts.ONE_CALL;

        assertThat(PackedCounts.calls(sum)).isEqualTo(5);
        assertThat(PackedCounts.failures(sum)).isEqualTo(-1);
        assertThat(PackedCounts.slows(sum)).isEqualTo(2);
    }

    @Test
    void holdsTheLargestWindowWithHeadroom() {
        int most = PackedCounts.FIELD_MAX;
        long sum = pack(most, most, most);

        assertThat(PackedCounts.calls(sum)).isEqualTo(most);
        assertThat(PackedCounts.failures(sum)).isEqualTo(most);
        assertThat(PackedCounts.slows(sum)).isEqualTo(most);
        assertThat(PackedCounts.FIELD_MAX).isGreaterThan(dev.tripswitch.breaker.BreakerSettings.MAX_COUNT_WINDOW_SIZE);
    }
}
