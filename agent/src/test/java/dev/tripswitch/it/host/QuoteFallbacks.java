package dev.tripswitch.it.host;

/** Fallback methods as a user writes them: static, the guarded method's parameters, and the cause. */
public final class QuoteFallbacks {
    private QuoteFallbacks() {
    }

    public static double quote(String symbol, Throwable cause) {
        System.out.println("  fallback for " + symbol + " because of " + cause.getClass().getSimpleName());
        return -symbol.length();
    }
}
