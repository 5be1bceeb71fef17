package dev.tripswitch.breaker.internal;

import dev.tripswitch.breaker.FakeClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The windows lose no outcome and count none twice when many threads record at once. */
class WindowConcurrencyTest {
    private static final int THREADS = 8;
    private static final Thresholds NEVER = new Thresholds(Integer.MAX_VALUE, 100, 100);

    @Test
    void countWindowHoldsExactlyItsLastOutcomesAfterARaceOfWriters() throws Exception {
        CountWindow window = new CountWindow(64, NEVER);

        race(i -> window.record(0, true, i % 2 == 0), 200_000);
        WindowCounts afterFailures = window.counts(0);
        assertThat(afterFailures.calls).isEqualTo(64);
        assertThat(afterFailures.failures).isEqualTo(64);

        race(i -> window.record(0, false, false), 200_000);
        WindowCounts afterSuccesses = window.counts(0);
        assertThat(afterSuccesses.calls).isEqualTo(64);
        assertThat(afterSuccesses.failures).isZero();
        assertThat(afterSuccesses.slowCalls).isZero();
    }

    @Test
    void countWindowOfOneSlotSurvivesConstantCollisions() throws Exception {
        CountWindow window = new CountWindow(1, NEVER);

        race(i -> window.record(0, i % 2 == 0, i % 3 == 0), 200_000);
        race(i -> window.record(0, true, true), 1);

        WindowCounts counts = window.counts(0);
        assertThat(counts.calls).isEqualTo(1);
        assertThat(counts.failures).isEqualTo(1);
        assertThat(counts.slowCalls).isEqualTo(1);
    }

    @Test
    void timeWindowCountsExactlyTheOutcomesOfItsSecondsWhileTimeMovesOn() throws Exception {
        FakeClock clock = new FakeClock();
        int seconds = 5;
        TimeWindow window = new TimeWindow(seconds, clock.nanoTime(), NEVER);
        long origin = clock.nanoTime();
        ConcurrentHashMap<Long, LongAdder> recordedPerSecond = new ConcurrentHashMap<>();
        ConcurrentHashMap<Long, LongAdder> failedPerSecond = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread timeKeeper = new Thread(() -> {
            // Slow enough that each second gets thousands of records from all threads at once.
            while (running.get()) {
                clock.advance(Duration.ofMillis(50));
                sleepQuietly(1);
            }
        });
        timeKeeper.start();

        long end = origin + Duration.ofSeconds(8L * seconds).toNanos();
        race(i -> {
            long now = clock.nanoTime();
            boolean failure = i % 4 == 0;
            window.record(now, failure, false);
            long second = (now - origin) / 1_000_000_000L;
            recordedPerSecond.computeIfAbsent(second, s -> new LongAdder()).increment();
            if (failure) {
                failedPerSecond.computeIfAbsent(second, s -> new LongAdder()).increment();
            }
        }, () -> clock.nanoTime() < end);
        running.set(false);
        timeKeeper.join();

        long last = (clock.nanoTime() - origin) / 1_000_000_000L;
        assertThat(last).as("time moved across many windows").isGreaterThan(3L * seconds);
        WindowCounts counts = window.counts(clock.nanoTime());
        assertThat(counts.calls).isEqualTo(sumOfLive(recordedPerSecond, last, seconds));
        assertThat(counts.failures).isEqualTo(sumOfLive(failedPerSecond, last, seconds));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void timeWindowNeverReportsARateItsOutcomesNeverReached() throws Exception {
        // Each thread records a success, then a failure at the same instant: the failures in the
        // window never outnumber the successes, so a 50.1% threshold is never truly reached. Time
        // moves on meanwhile, so that seconds expire while rates are read.
        FakeClock clock = new FakeClock();
        TimeWindow window = new TimeWindow(2, clock.nanoTime(), new Thresholds(20, 50.1, 100));
        LongAdder falseAlarms = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread timeKeeper = new Thread(() -> {
            while (running.get()) {
                clock.advance(Duration.ofMillis(100));
                sleepQuietly(1);
            }
        });
        timeKeeper.start();
        long end = clock.nanoTime() + Duration.ofSeconds(60).toNanos();

        race(i -> {
            long now = clock.nanoTime();
            if (window.record(now, false, false) | window.record(now, true, false)) {
                falseAlarms.increment();
            }
        }, () -> clock.nanoTime() < end);
        running.set(false);
        timeKeeper.join();

        assertThat(falseAlarms.sum()).isZero();
    }

    private static long sumOfLive(ConcurrentHashMap<Long, LongAdder> perSecond, long last, int seconds) {
        return perSecond.entrySet().stream()
                .filter(e -> e.getKey() > last - seconds)
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    /** Runs {@code perThread} calls of {@code action} on each of {@link #THREADS} threads, all released at once. */
    private static void race(IntConsumer action, int perThread) throws InterruptedException {
        race(action, () -> true, perThread);
    }

    /** Runs {@code action} on each of {@link #THREADS} threads, all released at once, while {@code going} holds. */
    private static void race(IntConsumer action, BooleanSupplier going) throws InterruptedException {
        race(action, going, Integer.MAX_VALUE);
    }

    private static void race(IntConsumer action, BooleanSupplier going, int perThread) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread && going.getAsBoolean(); i++) {
                    action.accept(i);
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
