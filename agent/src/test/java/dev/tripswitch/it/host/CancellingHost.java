package dev.tripswitch.it.host;

import java.util.concurrent.CompletableFuture;

/**
 * Cancels the future a guarded asynchronous call returned, and says whether the operation behind it
 * saw it, and whether the breaker took cancellations for failures.
 */
public final class CancellingHost {
    public static void main(String[] args) {
        CompletableFuture<String> answer = new PendingOrders().placeAsync("book");
        System.out.println("same future: " + (answer == PendingOrders.lastOperation));
        answer.cancel(true);
        System.out.println("operation cancelled: " + PendingOrders.lastOperation.isCancelled());
        for (int i = 0; i < 3; i++) {
            new PendingOrders().placeAsync("book").cancel(true);
        }
        // Four cancellations: were they failures, the breaker would be open and this call get the fallback.
        CompletableFuture<String> fifth = new PendingOrders().placeAsync("book");
        System.out.println("fifth call: " + (fifth.isDone() ? "got " + fifth.join() : "pending"));
    }
}
