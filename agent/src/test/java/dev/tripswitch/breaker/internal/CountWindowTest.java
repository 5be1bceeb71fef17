package dev.tripswitch.breaker.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CountWindowTest {

    @Test
    void holdsExactlyTheLastSizeOutcomesForEverySize() {
        Random random = new Random(42);
        for (int size = 1; size <= 40; size++) {
            CountWindow window = new CountWindow(size, new Thresholds(Integer.MAX_VALUE, 100, 100));
            ArrayDeque<boolean[]> last = new ArrayDeque<>();
            for (int i = 0; i < size * 5; i++) {
                // Runs of equal outcomes, as real traffic has, alternate with mixed stretches.
                boolean failure = (i / 7) % 3 == 0 ? random.nextInt(4) == 0 : (i / 7) % 3 == 1;
                boolean slow = random.nextInt(5) == 0;
                window.record(0, failure, slow);
                last.addLast(new boolean[] {failure, slow});
                if (last.size() > size) {
                    last.removeFirst();
                }

                WindowCounts counts = window.counts(0);
                assertThat(counts.calls).as("size %d after %d", size, i).isEqualTo(last.size());
                assertThat(counts.failures).as("size %d after %d", size, i)
                        .isEqualTo((int) last.stream().filter(o -> o[0]).count());
                assertThat(counts.slowCalls).as("size %d after %d", size, i)
                        .isEqualTo((int) last.stream().filter(o -> o[1]).count());
            }
        }
    }
}
