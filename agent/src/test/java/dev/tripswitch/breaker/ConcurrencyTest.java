package dev.tripswitch.breaker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight threads hammer one breaker on the real clock while its dependency flips between failing
 * and healthy every few milliseconds, so the breaker cycles through all its states hundreds of times
 * (the time window spans one second, so failing phases outweigh healthy ones enough to open it).
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int HALF_OPEN_CALLS = 3;
    private static final Duration RUN = Duration.ofSeconds(3);

    @ParameterizedTest
    @EnumSource(WindowType.class)
    void totalsAreExactTrialsAreBoundedAndEachCrossingIsOneTransition(WindowType type) throws Exception {
        CircuitBreaker breaker = CircuitBreaker.create("hammered", BreakerSettings.builder()
                .slidingWindow(type, type == WindowType.COUNT ? 20 : 1)
                .minimumCalls(10)
                .failureRateThreshold(50)
                .slowCallDuration(Duration.ofMillis(1))
                .openDuration(Duration.ofMillis(1))
                .openDurationMultiplier(1.5)
                .openDurationMax(Duration.ofMillis(4))
                .halfOpenCalls(HALF_OPEN_CALLS)
                .halfOpenMaxWait(Duration.ofMillis(20))
                .build());
        ConcurrentLinkedQueue<Transition> transitions = new ConcurrentLinkedQueue<>();
        breaker.addListener(transitions::add);
        Map<Permit, AtomicInteger> trialsPerHalfOpenState = new ConcurrentHashMap<>();
        LongAdder calls = new LongAdder();
        LongAdder failures = new LongAdder();
        LongAdder slowCalls = new LongAdder();
        LongAdder rejected = new LongAdder();
        long deadline = System.nanoTime() + RUN.toNanos();
        CountDownLatch start = new CountDownLatch(1);

        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread worker = new Thread(() -> {
                awaitQuietly(start);
                long n = 0;
                while (System.nanoTime() < deadline) {
                    long begin = System.nanoTime();
                    Permit permit = breaker.tryAcquire(begin);
                    if (permit == null) {
                        rejected.increment();
                        continue;
                    }
                    if (permit.admittedIn() == BreakerState.HALF_OPEN) {
                        trialsPerHalfOpenState.computeIfAbsent(permit, p -> new AtomicInteger()).incrementAndGet();
                    }
                    // The dependency fails for 10 ms, then is healthy for 5 ms; one call in 50 is slow.
                    boolean failing = (begin / 5_000_000) % 3 != 0;
                    long end = (++n % 50 == 0) ? begin + 2_000_000 : System.nanoTime();
                    calls.increment();
                    if (end - begin >= 1_000_000) {
                        slowCalls.increment();
                    }
                    if (failing) {
                        failures.increment();
                        breaker.onFailure(permit, begin, end);
                    } else {
                        breaker.onSuccess(permit, begin, end);
                    }
                }
            }, "hammer-" + t);
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }

        BreakerMetrics metrics = breaker.metrics();
        assertThat(metrics.totalCalls()).isEqualTo(calls.sum());
        assertThat(metrics.totalFailures()).isEqualTo(failures.sum());
        assertThat(metrics.totalSlowCalls()).isEqualTo(slowCalls.sum());
        assertThat(metrics.totalRejected()).isEqualTo(rejected.sum());

        assertThat(trialsPerHalfOpenState).isNotEmpty();
        assertThat(trialsPerHalfOpenState.values()).allSatisfy(
                trials -> assertThat(trials.get()).isBetween(1, HALF_OPEN_CALLS));

        List<Transition> ordered = new ArrayList<>(transitions);
        ordered.sort(Comparator.comparingLong(Transition::sequence));
        assertThat(ordered.size()).as("the breaker cycled many times").isGreaterThan(100);
        for (int i = 0; i < ordered.size(); i++) {
            Transition transition = ordered.get(i);
            assertThat(transition.sequence()).as("gap-free, no duplicate: %s", transition).isEqualTo(i + 1);
            BreakerState previous = i == 0 ? BreakerState.CLOSED : ordered.get(i - 1).to();
            assertThat(transition.from()).as("chain at %s", transition).isEqualTo(previous);
            assertThat(transition.to()).isNotEqualTo(transition.from());
        }
        assertThat(ordered.get(ordered.size() - 1).to()).isEqualTo(metrics.state());
        System.out.printf("%s window: %d calls, %d rejected, %d transitions, %d half-open rounds%n",
                type, calls.sum(), rejected.sum(), ordered.size(), trialsPerHalfOpenState.size());
    }

    @Test
    void observeModeNeverRejectsNorThrowsWhileTransitionsRace() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.create("observed", BreakerSettings.builder()
                .mode(Mode.OBSERVE)
                .slidingWindow(WindowType.COUNT, 4)
                .minimumCalls(2)
                .openDuration(Duration.ofNanos(200_000))
                .openDurationMax(Duration.ofNanos(200_000))
                .halfOpenCalls(1)
                .halfOpenMaxWait(Duration.ofMillis(1))
                .build());
        LongAdder refusals = new LongAdder();
        ConcurrentLinkedQueue<Throwable> thrown = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int lag = t * 150_000; // threads read the clock up to a millisecond apart, as loaded hosts do
            Thread worker = new Thread(() -> {
                long n = 0;
                while (System.nanoTime() < deadline) {
                    try {
                        long now = System.nanoTime() - lag;
                        Permit permit = breaker.tryAcquire(now);
                        if (permit == null) {
                            refusals.increment();
                        } else if (++n % 3 == 0) {
                            breaker.onSuccess(permit, now, now);
                        } else {
                            breaker.onFailure(permit, now, now);
                        }
                    } catch (Throwable e) {
                        thrown.add(e);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }

        assertThat(thrown).isEmpty();
        assertThat(refusals.sum()).isZero();
        assertThat(breaker.metrics().wouldRejectCalls()).as("the breaker did open and reject, in spirit").isPositive();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
