package dev.tripswitch.demo;

import java.io.IOException;

/**
 * Asks for a price every 20 ms for a few seconds while the pricing service has an outage in the
 * middle, and prints, second by second, how the calls went and how long they took.
 */
public final class DemoApp {

    public static void main(String[] args) throws InterruptedException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        PricingClient pricing = new PricingClient(1_500, 4_000);
        System.out.println("demo: calling PricingClient.quote every 20 ms for " + seconds
                + " s; the service is down from 1.5 s to 4 s");
        for (int second = 1; second <= seconds; second++) {
            int ok = 0;
            int failed = 0;
            int zero = 0;
            long busyNanos = 0;
            long secondEnd = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < secondEnd) {
                long start = System.nanoTime();
                try {
                    double price = pricing.quote("sku-42");
                    if (price == 0.0) {
                        zero++; // what a fallback of 0.0 looks like to the application
                    } else {
                        ok++;
                    }
                } catch (IOException e) {
                    failed++;
                }
                busyNanos += System.nanoTime() - start;
                Thread.sleep(20);
            }
            int calls = ok + failed + zero;
            System.out.printf("demo: second %d: %3d calls, %3d priced, %3d failed, %3d got 0.0, %5.1f ms per call%n",
                    second, calls, ok, failed, zero, busyNanos / 1e6 / Math.max(1, calls));
        }
    }
}
