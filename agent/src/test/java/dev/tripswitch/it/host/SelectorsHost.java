package dev.tripswitch.it.host;

import java.util.concurrent.Callable;

/**
 * Calls through each selector shape while the backend is down, and prints for each call whether it
 * reached the backend or was rejected by its breaker (which trips after two counted failures).
 */
public final class SelectorsHost {
    public static void main(String[] args) {
        Catalog catalog = new Catalog();
        Backend.down();
        String scenario = args[0];
        switch (scenario) {
            case "overloads":
                calls("fetch(id)", 3, () -> catalog.fetch("a"));
                calls("fetch(id, version)", 1, () -> catalog.fetch("a", 2));
                break;
            case "exact":
                calls("fetch(id)", 3, () -> catalog.fetch("a"));
                calls("fetch(id, version)", 1, () -> catalog.fetch("a", 2));
                break;
            case "static":
                calls("lookup", 3, () -> Catalog.lookup("a"));
                break;
            case "object-methods":
                calls("toString", 3, catalog::toString);
                break;
            case "implementations":
                Gateway http = new HttpGateway();
                Gateway grpc = new GrpcGateway();
                calls("http.call", 2, () -> http.call("q"));
                calls("grpc.call", 1, () -> grpc.call("q"));
                calls("http.ping", 1, http::ping);
                break;
            default:
                throw new IllegalArgumentException(scenario);
        }
    }

    private static void calls(String label, int times, Callable<?> call) {
        for (int i = 1; i <= times; i++) {
            int before = Backend.calls();
            String outcome;
            try {
                outcome = "returned " + call.call();
            } catch (Exception e) {
                outcome = "threw " + e.getClass().getSimpleName();
            }
            System.out.println(label + " #" + i + ": " + outcome
                    + (Backend.calls() > before ? ", reached the backend" : ", rejected"));
        }
    }
}
