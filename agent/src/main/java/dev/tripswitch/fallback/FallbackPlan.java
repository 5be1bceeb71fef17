package dev.tripswitch.fallback;

/**
 * What one guarded method does when its call is rejected or fails: the fallback it serves, whether
 * failures get it too ({@code on-failure}), and the cache of results to fill, if any.
 */
public final class FallbackPlan {
    private final Fallback fallback;
    private final boolean onFailure;
    private final ResultCache results;
    private final Fallback failFast;

    FallbackPlan(Fallback fallback, boolean onFailure, ResultCache results, Fallback failFast) {
        this.fallback = fallback;
        this.onFailure = onFailure;
        this.results = results;
        this.failFast = failFast;
    }

    /** What a rejected call gets. */
    public Fallback fallback() {
        return fallback;
    }

    /** Whether a counted failure is replaced by the fallback too. */
    public boolean onFailure() {
        return onFailure;
    }

    /** Where successful results go for a cache fallback, or null. */
    public ResultCache results() {
        return results;
    }

    /** How the method fails fast: its last resort, also when the fallback itself breaks. */
    public Fallback failFast() {
        return failFast;
    }
}
