package dev.tripswitch.it.host;

import java.util.concurrent.CompletableFuture;

/** An asynchronous client whose operation stays pending until someone completes or cancels it. */
public class PendingOrders {
    public static volatile CompletableFuture<String> lastOperation;

    public CompletableFuture<String> placeAsync(String item) {
        CompletableFuture<String> operation = new CompletableFuture<>();
        lastOperation = operation;
        return operation;
    }
}
