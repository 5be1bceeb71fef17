package dev.tripswitch.fallback;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The results behind {@code fallback { cache { max-entries = 1000, ttl = 10m } }} for one guarded
 * method: every successful call stores its result under its arguments, and a rejected call with
 * equal arguments is served that result if it was stored less than {@code ttl} ago.
 *
 * <p><b>Keys.</b> Arguments are compared with {@link Arrays#deepEquals} and hashed with
 * {@link Arrays#deepHashCode}, so array arguments ({@code byte[]}, {@code String[]}, nested arrays)
 * match by content. {@link #put} keeps a shallow copy of the argument array, so the caller may
 * reuse its array; the argument objects themselves are not copied, and an argument object mutated
 * after the call (a {@code byte[]} refilled, a mutable bean) changes the stored key: that is the
 * caller's risk, as with any mutable key of a hash map. A method without parameters has one entry.
 * A {@code null} result is a result like any other, told apart from "nothing cached" by
 * {@link #MISS}.
 *
 * <p><b>Time</b> comes only from the {@code nowNanos} arguments ({@link System#nanoTime} values,
 * compared by subtraction, so the wrap-around of {@code nanoTime} is harmless). An entry stored at
 * {@code t} is served while {@code now - t < ttl}, and is a miss from {@code t + ttl} on.
 *
 * <p><b>Eviction.</b> When a new key would make the cache hold more than {@code maxEntries}, the
 * entry stored longest ago goes, approximately: keys wait in a FIFO queue in the order they were
 * added, and a key found at the head that was stored again since it was queued goes back to the
 * tail with its new time (a second chance, as in the CLOCK algorithm) instead of being evicted. An
 * eviction grants at most {@value #MAX_SECOND_CHANCES} second chances, so one {@code put} does a
 * bounded amount of work; after that it evicts the head even if it was stored recently. There is
 * no global lock: the map is a {@link ConcurrentHashMap} (a store of a known key locks one hash
 * bin, as every {@code ConcurrentHashMap} write does), the queue is lock-free, and the entry count
 * is one atomic integer, touched only when a key is added or evicted, never when a known key is
 * stored again.
 *
 * <p><b>Bound.</b> Storing a key already present never grows the cache. A {@code put} that adds a
 * key evicts before it returns until the size is at most {@code maxEntries}, so at any moment the
 * cache holds at most {@code maxEntries} plus one entry per thread that is inside {@code put} at
 * that moment (the key it added and has not evicted for yet), and at most
 * {@code maxEntries} once no {@code put} is running. Threads evicting at the same time may each
 * take an entry where one would have done, so the size may dip below {@code maxEntries} by up to
 * the number of racing threads. The queue holds one node per key, so it is bounded the same way.
 *
 * <p><b>Memory.</b> Expired entries are not removed by {@link #get}: they stay, counted in the
 * bound, until their key is stored again or evicted. (Removing them on read would leave their
 * queue nodes behind, and the queue would then grow with every expire-and-store-again cycle.) The
 * cache holds the argument and result objects strongly, at most about {@code maxEntries} of each.
 */
public final class ResultCache {

    /** What {@link #get} answers when there is no fresh result; {@code null} is a result that can be cached. */
    public static final Object MISS = new Miss();

    /** How many recently stored keys one eviction may send back to the tail before it evicts anyway. */
    static final int MAX_SECOND_CHANCES = 8;

    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final int maxEntries;
    private final long ttlNanos;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    /** The keys of {@link #entries}, oldest first; each key is in it once. */
    private final ConcurrentLinkedQueue<Queued> order = new ConcurrentLinkedQueue<>();
    /**
     * The number of keys added and not evicted. Not {@code entries.size()}: that sums striped
     * counters without a snapshot, so while other threads add and evict it can be off by far more
     * than the number of threads, in either direction, and an eviction loop trusting it may stop
     * early and leave the cache overfull.
     */
    private final AtomicInteger count = new AtomicInteger();

    public ResultCache(int maxEntries, long ttlNanos) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("max-entries must be at least 1: " + maxEntries);
        }
        if (ttlNanos <= 0) {
            throw new IllegalArgumentException("ttl must be positive: " + ttlNanos + " ns");
        }
        this.maxEntries = maxEntries;
        this.ttlNanos = ttlNanos;
    }

    /**
     * Stores the result of a successful call, replacing any result stored for equal arguments.
     *
     * @param arguments the call's arguments (not kept: a shallow copy is); {@code null} means none
     * @param result    the call's result, {@code null} included
     * @param nowNanos  the time of the call's end, from {@link System#nanoTime}
     */
    public void put(Object[] arguments, Object result, long nowNanos) {
        Entry entry = new Entry(result, nowNanos);
        // The common case, a key seen before: replace the result under the key already stored,
        // looked up through a key that borrows the caller's array instead of copying it.
        Key borrowed = Key.borrowing(arguments);
        if (entries.replace(borrowed, entry) != null) {
            return;
        }
        Key own = borrowed.copy();
        if (entries.put(own, entry) != null) {
            return; // another thread added the key since our replace failed, and queued it
        }
        count.incrementAndGet(); // before the key is queued, so no eviction of it precedes its count
        order.offer(new Queued(own, nowNanos));
        evictWhileOverfull();
    }

    /**
     * The result stored for arguments equal to these if it was stored less than ttl before
     * {@code nowNanos}, else {@link #MISS}.
     */
    public Object get(Object[] arguments, long nowNanos) {
        Entry entry = entries.get(Key.borrowing(arguments));
        if (entry == null || nowNanos - entry.storedAtNanos >= ttlNanos) {
            return MISS;
        }
        return entry.result;
    }

    /**
     * How many entries are held, expired ones included: the keys added minus the keys evicted.
     * While puts run, it may lag the map by one key per thread between its map write and its count.
     */
    public int size() {
        return count.get();
    }

    private void evictWhileOverfull() {
        int secondChances = 0;
        while (count.get() > maxEntries) {
            Queued oldest = order.poll();
            if (oldest == null) {
                // Every queued key is held by an evicting thread, or the keys just added have not
                // been queued yet; the threads adding them evict for them before they return.
                return;
            }
            Entry current = entries.get(oldest.key);
            if (current == null) {
                continue; // not expected (only the holder of its queue node removes a key); drop the node
            }
            if (current.storedAtNanos != oldest.storedAtNanos && secondChances < MAX_SECOND_CHANCES) {
                secondChances++;
                order.offer(new Queued(oldest.key, current.storedAtNanos));
            } else if (entries.remove(oldest.key, current)) {
                count.decrementAndGet();
            } else {
                // Stored again between our get and our remove: keep it, queued behind the others.
                Entry restored = entries.get(oldest.key);
                if (restored != null) {
                    order.offer(new Queued(oldest.key, restored.storedAtNanos));
                }
            }
        }
    }

    /** Arguments compared by content: a shallow array copy with its deep hash computed once. */
    private static final class Key {
        private final Object[] arguments;
        private final int hash;

        private Key(Object[] arguments, int hash) {
            this.arguments = arguments;
            this.hash = hash;
        }

        /** A key over the caller's own array, for lookups only: it must never be stored. */
        static Key borrowing(Object[] arguments) {
            Object[] array = arguments == null ? NO_ARGUMENTS : arguments;
            return new Key(array, Arrays.deepHashCode(array));
        }

        /** A key the cache can keep: its own copy of the array, so the caller may reuse theirs. */
        Key copy() {
            return new Key(arguments.length == 0 ? NO_ARGUMENTS : arguments.clone(), hash);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key)) {
                return false;
            }
            Key that = (Key) other;
            return hash == that.hash && Arrays.deepEquals(arguments, that.arguments);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A stored result and when it was stored. */
    private static final class Entry {
        final Object result;
        final long storedAtNanos;

        Entry(Object result, long storedAtNanos) {
            this.result = result;
            this.storedAtNanos = storedAtNanos;
        }
    }

    /** A key's place in the eviction order, with the store time it had when it took that place. */
    private static final class Queued {
        final Key key;
        final long storedAtNanos;

        Queued(Key key, long storedAtNanos) {
            this.key = key;
            this.storedAtNanos = storedAtNanos;
        }
    }

    private static final class Miss {
        @Override
        public String toString() {
            return "ResultCache.MISS";
        }
    }
}
