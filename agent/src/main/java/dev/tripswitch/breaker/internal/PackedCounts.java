package dev.tripswitch.breaker.internal;

/**
 * Three counters (calls, failures, slow calls) packed into one {@code long}, so that one atomic add
 * updates all three and its result is a consistent snapshot of them.
 *
 * <p>Each field is a signed 21-bit two's-complement number: packing is linear (the packed sum of
 * two outcomes is the packing of their sums), so a field that goes briefly below zero while
 * concurrent updates are applied in another order does not corrupt its neighbours, and decodes right.
 */
final class PackedCounts {
    static final int FIELD_BITS = 21;
    /** Largest value a field holds; windows and trial counts are bounded well below it. */
    static final int FIELD_MAX = (1 << (FIELD_BITS - 1)) - 1;

    static final long ONE_CALL = 1L;
    static final long ONE_FAILURE = 1L << FIELD_BITS;
    static final long ONE_SLOW = 1L << (2 * FIELD_BITS);

    private PackedCounts() {
    }

    /** The packed contribution of one outcome. */
    static long outcome(boolean failure, boolean slow) {
        return ONE_CALL + (failure ? ONE_FAILURE : 0) + (slow ? ONE_SLOW : 0);
    }

    static int calls(long packed) {
        return lowField(packed);
    }

    static int failures(long packed) {
        return lowField((packed - calls(packed)) >> FIELD_BITS);
    }

    static int slows(long packed) {
        long rest = (packed - calls(packed)) >> FIELD_BITS;
        return (int) ((rest - lowField(rest)) >> FIELD_BITS);
    }

    /** The lowest field, sign-extended. */
    private static int lowField(long packed) {
        return (int) ((packed << (64 - FIELD_BITS)) >> (64 - FIELD_BITS));
    }
}
