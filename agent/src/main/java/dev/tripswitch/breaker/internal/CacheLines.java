package dev.tripswitch.breaker.internal;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Arrays of atomic longs padded by a cache line on each side, for counters that many cores write.
 * Without the padding, whatever the allocator or the collector puts next to them (an array
 * header, a read-only field, another counter) is invalidated on every write, and benchmarks on
 * two threads flip between fast and three times slower from one garbage collection to the next.
 */
final class CacheLines {
    /** Longs in 64 bytes. */
    static final int PAD = 8;

    private CacheLines() {
    }

    /** {@code length} usable longs at indexes {@code PAD .. PAD + length - 1}. */
    static AtomicLongArray paddedLongs(int length) {
        return new AtomicLongArray(PAD + length + PAD);
    }
}
