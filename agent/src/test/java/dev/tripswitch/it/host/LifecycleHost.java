package dev.tripswitch.it.host;

/**
 * A price client through a whole outage: calls while the service is up, the service stops, calls
 * until the breaker rejects, the service comes back, calls until the breaker has closed. Prints
 * every call, and the mean time of a real call and of a rejected one.
 */
public final class LifecycleHost {
    public static void main(String[] args) throws Exception {
        long openDurationMillis = Long.parseLong(args[0]);
        PriceServer server = PriceServer.start(0);
        int port = server.port();
        PriceClient client = new PriceClient(port);

        for (int i = 0; i < 2_000; i++) {
            client.quote("warm");
        }
        System.out.println("real call: " + meanNanos(client, 2_000) / 1_000 + " us");

        server.stop();
        System.out.println("service stopped");
        for (int i = 1; i <= 3; i++) {
            call(client, i);
        }
        System.out.println("rejected call: " + meanNanos(client, 200_000) + " ns");

        server = PriceServer.start(port);
        System.out.println("service restarted");
        call(client, 4); // still OPEN: rejected
        Thread.sleep(openDurationMillis + 200);
        for (int i = 5; i <= 7; i++) {
            call(client, i);
        }
        server.stop();
    }

    private static void call(PriceClient client, int number) {
        int before = PriceClient.ATTEMPTS.get();
        String outcome;
        try {
            outcome = "returned " + client.quote("abcd");
        } catch (Exception e) {
            outcome = "threw " + e.getClass().getSimpleName();
        }
        System.out.println("call " + number + ": " + outcome + (PriceClient.ATTEMPTS.get() > before ? "" : " [rejected]"));
    }

    private static long meanNanos(PriceClient client, int calls) throws Exception {
        double sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            try {
                sink += client.quote("abcd");
            } catch (java.io.IOException e) {
                sink -= 1;
            }
        }
        long mean = (System.nanoTime() - start) / calls;
        if (sink == 42.4242) {
            System.out.println(); // keeps the loop's work observable
        }
        return mean;
    }
}
