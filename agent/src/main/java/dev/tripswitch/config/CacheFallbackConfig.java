package dev.tripswitch.config;

/**
 * {@code fallback { cache { max-entries = 1000, ttl = 10m }, otherwise { value = ... } }}: the last
 * successful result for equal arguments, else the {@code otherwise} fallback (else the call fails fast).
 */
public final class CacheFallbackConfig extends FallbackConfig {
    public static final int DEFAULT_MAX_ENTRIES = 1_000;
    public static final long DEFAULT_TTL_NANOS = 600_000_000_000L;
    public static final int MAX_ENTRIES_LIMIT = 1_000_000;

    private final int maxEntries;
    private final long ttlNanos;
    private final FallbackConfig otherwise;

    CacheFallbackConfig(int maxEntries, long ttlNanos, FallbackConfig otherwise, boolean onFailure) {
        super(onFailure);
        this.maxEntries = maxEntries;
        this.ttlNanos = ttlNanos;
        this.otherwise = otherwise;
    }

    public int maxEntries() {
        return maxEntries;
    }

    public long ttlNanos() {
        return ttlNanos;
    }

    /** The fallback for arguments with no cached result, or null. */
    public FallbackConfig otherwise() {
        return otherwise;
    }

    @Override
    public String kind() {
        return "cache";
    }

    @Override
    String kindToHocon() {
        return "cache { max-entries = " + maxEntries + ", ttl = " + Hocon.duration(ttlNanos) + " }"
                + (otherwise == null ? "" : ", otherwise { " + otherwise.kindToHocon() + " }");
    }
}
