package dev.tripswitch.demo;

import java.io.IOException;

/**
 * Stands for a client of a remote pricing service. The service is down during an outage window
 * and answers slowly before it fails, as real dependencies do.
 */
public final class PricingClient {
    private final long startedAtNanos = System.nanoTime();
    private final long outageStartMillis;
    private final long outageEndMillis;

    public PricingClient(long outageStartMillis, long outageEndMillis) {
        this.outageStartMillis = outageStartMillis;
        this.outageEndMillis = outageEndMillis;
    }

    public double quote(String sku) throws IOException {
        long elapsedMillis = (System.nanoTime() - startedAtNanos) / 1_000_000;
        if (elapsedMillis >= outageStartMillis && elapsedMillis < outageEndMillis) {
            sleep(40); // a dying service times out rather than failing fast
            throw new IOException("pricing service unavailable");
        }
        return 9.99 + (sku.length() % 3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
