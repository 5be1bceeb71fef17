package dev.tripswitch.fallback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultCacheTest {
    private static final long TTL = 600_000_000_000L; // 10 minutes
    private static final long T0 = 1_000_000L;

    private final ResultCache cache = new ResultCache(1_000, TTL);

    private static Object[] args(Object... arguments) {
        return arguments;
    }

    @Test
    void returnsStoredResultForEqualArguments() {
        cache.put(args("orders", 42), "result", T0);

        assertThat(cache.get(args("orders", 42), T0 + 1)).isEqualTo("result");
    }

    @Test
    void comparesArrayArgumentsByContent() {
        cache.put(args(new byte[] {1, 2, 3}, new String[] {"a", "b"}), "bytes", T0);
        cache.put(args((Object) new Object[] {new int[] {7}, "nested"}), "nested", T0);

        assertThat(cache.get(args(new byte[] {1, 2, 3}, new String[] {"a", "b"}), T0)).isEqualTo("bytes");
        assertThat(cache.get(args((Object) new Object[] {new int[] {7}, "nested"}), T0)).isEqualTo("nested");
        assertThat(cache.get(args(new byte[] {1, 2, 4}, new String[] {"a", "b"}), T0)).isSameAs(ResultCache.MISS);
        assertThat(cache.get(args((Object) new Object[] {new int[] {8}, "nested"}), T0)).isSameAs(ResultCache.MISS);
    }

    @Test
    void missesForDifferentArguments() {
        cache.put(args("orders", 42), "result", T0);

        assertThat(cache.get(args("orders", 43), T0)).isSameAs(ResultCache.MISS);
        assertThat(cache.get(args(42, "orders"), T0)).isSameAs(ResultCache.MISS);
        assertThat(cache.get(args("orders"), T0)).isSameAs(ResultCache.MISS);
        assertThat(cache.get(args("orders", 42, null), T0)).isSameAs(ResultCache.MISS);
        assertThat(cache.get(args(), T0)).isSameAs(ResultCache.MISS);
    }

    @Test
    void methodWithoutArgumentsHasOneEntry() {
        cache.put(args(), "first", T0);
        cache.put(new Object[0], "second", T0 + 1);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(new Object[0], T0 + 2)).isEqualTo("second");
    }

    @Test
    void entryExpiresExactlyAtTtl() {
        cache.put(args("k"), "result", T0);

        assertThat(cache.get(args("k"), T0 + TTL - 1)).isEqualTo("result");
        assertThat(cache.get(args("k"), T0 + TTL)).isSameAs(ResultCache.MISS);
        assertThat(cache.get(args("k"), T0 + TTL + 1)).isSameAs(ResultCache.MISS);
    }

    @Test
    void expiryIsRightAcrossNanoTimeOverflow() {
        long storedAt = Long.MAX_VALUE - 10;
        cache.put(args("k"), "result", storedAt);

        assertThat(cache.get(args("k"), storedAt + 20)).isEqualTo("result"); // wrapped to negative
        assertThat(cache.get(args("k"), storedAt + TTL - 1)).isEqualTo("result");
        assertThat(cache.get(args("k"), storedAt + TTL)).isSameAs(ResultCache.MISS);
    }

    @Test
    void laterPutReplacesResultAndRestartsTtl() {
        cache.put(args("k"), "old", T0);
        cache.put(args("k"), "new", T0 + TTL - 1);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(args("k"), T0 + TTL)).isEqualTo("new");
        assertThat(cache.get(args("k"), T0 + 2 * TTL - 1)).isSameAs(ResultCache.MISS);
    }

    @Test
    void nullResultIsCachedAndDistinguishedFromMiss() {
        cache.put(args("k"), null, T0);

        assertThat(cache.get(args("k"), T0)).isNull();
        assertThat(cache.get(args("k"), T0)).isNotSameAs(ResultCache.MISS);
        assertThat(cache.get(args("other"), T0)).isSameAs(ResultCache.MISS);
        assertThat(cache.get(args("k"), T0 + TTL)).isSameAs(ResultCache.MISS);
    }

    @Test
    void callerMutatingItsArgumentArrayAfterPutDoesNotChangeTheKey() {
        Object[] reused = {"a", 1};
        cache.put(reused, "for a", T0);
        reused[0] = "b";
        reused[1] = 2;

        assertThat(cache.get(args("a", 1), T0)).isEqualTo("for a");
        assertThat(cache.get(args("b", 2), T0)).isSameAs(ResultCache.MISS);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void evictsOldestStoredEntryWhenFull() {
        ResultCache small = new ResultCache(3, TTL);
        small.put(args("a"), "A", T0);
        small.put(args("b"), "B", T0 + 1);
        small.put(args("c"), "C", T0 + 2);

        small.put(args("d"), "D", T0 + 3);

        assertThat(small.size()).isEqualTo(3);
        assertThat(small.get(args("a"), T0 + 3)).isSameAs(ResultCache.MISS);
        assertThat(small.get(args("b"), T0 + 3)).isEqualTo("B");
        assertThat(small.get(args("d"), T0 + 3)).isEqualTo("D");
    }

    @Test
    void entryStoredAgainOutlivesEntriesStoredSinceItWasAdded() {
        ResultCache small = new ResultCache(3, TTL);
        small.put(args("a"), "A", T0);
        small.put(args("b"), "B", T0 + 1);
        small.put(args("c"), "C", T0 + 2);
        small.put(args("a"), "A2", T0 + 3);

        small.put(args("d"), "D", T0 + 4);
        small.put(args("e"), "E", T0 + 5);

        assertThat(small.size()).isEqualTo(3);
        assertThat(small.get(args("a"), T0 + 5)).isEqualTo("A2");
        assertThat(small.get(args("b"), T0 + 5)).isSameAs(ResultCache.MISS);
        assertThat(small.get(args("c"), T0 + 5)).isSameAs(ResultCache.MISS);
        assertThat(small.get(args("e"), T0 + 5)).isEqualTo("E");
    }

    @Test
    void evictionGivesBoundedSecondChancesThenEvictsAnyway() {
        int max = ResultCache.MAX_SECOND_CHANCES + 2;
        ResultCache small = new ResultCache(max, TTL);
        for (int i = 0; i < max; i++) {
            small.put(args(i), i, T0 + i);
        }
        for (int i = 0; i < max; i++) {
            small.put(args(i), i, T0 + max + i); // every entry stored again since it was queued
        }

        small.put(args("new"), "N", T0 + 2 * max);

        assertThat(small.size()).isEqualTo(max);
        assertThat(small.get(args("new"), T0 + 2 * max)).isEqualTo("N");
        assertThat(small.get(args(0), T0 + 2 * max)).isEqualTo(0);
        assertThat(small.get(args(ResultCache.MAX_SECOND_CHANCES), T0 + 2 * max)).isSameAs(ResultCache.MISS);
    }

    @ParameterizedTest(name = "max-entries = {0}")
    @ValueSource(ints = {1, 64})
    void sizeStaysBoundedWhileEightThreadsPutDistinctKeys(int maxEntries) throws Exception {
        int threads = 8;
        int keysPerThread = 20_000;
        ResultCache bounded = new ResultCache(maxEntries, TTL);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger(threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread writer = new Thread(() -> {
                try {
                    start.await();
                    Object[] reused = new Object[2];
                    for (int i = 0; i < keysPerThread; i++) {
                        reused[0] = thread;
                        reused[1] = i;
                        bounded.put(reused, i, T0 + i);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    running.decrementAndGet();
                }
            }, "result-cache-writer-" + t);
            writers.add(writer);
            writer.start();
        }
        // While puts run, the bound is maxEntries plus one entry per thread inside put.
        int largestSeen = 0;
        start.countDown();
        while (running.get() > 0) {
            largestSeen = Math.max(largestSeen, bounded.size());
        }
        for (Thread writer : writers) {
            writer.join();
        }

        assertThat(failure.get()).isNull();
        assertThat(largestSeen).isLessThanOrEqualTo(maxEntries + threads);
        assertThat(bounded.size()).isBetween(Math.max(0, maxEntries - threads), maxEntries);
    }

    @Test
    void rejectsNonPositiveLimits() {
        assertThatThrownBy(() -> new ResultCache(0, TTL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResultCache(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
