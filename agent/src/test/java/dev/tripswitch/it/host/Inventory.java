package dev.tripswitch.it.host;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A client with a method of every return-type family a value fallback converts to (SPEC §4). */
public class Inventory {
    public int count(String item) throws IOException { Backend.call(); return 7; }
    public long total() throws IOException { Backend.call(); return 7L; }
    public double price(String item) throws IOException { Backend.call(); return 7.5; }
    public float weight() throws IOException { Backend.call(); return 7.5f; }
    public boolean available(String item) throws IOException { Backend.call(); return true; }
    public char grade() throws IOException { Backend.call(); return 'A'; }
    public short shelf() throws IOException { Backend.call(); return 7; }
    public byte flags() throws IOException { Backend.call(); return 7; }
    public Integer boxed() throws IOException { Backend.call(); return 7; }
    public String name(int id) throws IOException { Backend.call(); return "widget"; }
    public BigDecimal cost() throws IOException { Backend.call(); return BigDecimal.TEN; }
    public BigInteger serial() throws IOException { Backend.call(); return BigInteger.TEN; }
    public Speed speed() throws IOException { Backend.call(); return Speed.SLOW; }
    public Optional<String> supplier() throws IOException { Backend.call(); return Optional.of("acme"); }
    public Optional<String> nobody() throws IOException { Backend.call(); return Optional.of("acme"); }
    public List<Integer> sizes() throws IOException { Backend.call(); return List.of(1); }
    public Set<String> tags() throws IOException { Backend.call(); return Set.of("x"); }
    public Map<String, Integer> stock() throws IOException { Backend.call(); return Map.of("x", 1); }
    public Object anything() throws IOException { Backend.call(); return "real"; }
    public void ping() throws IOException { Backend.call(); }
    public String nothing() throws IOException { Backend.call(); return "real"; }

    /** The thread completing the last lookupAsync: once it ends, every action on its future has run. */
    public static volatile Thread lastWorker;

    public CompletableFuture<String> lookupAsync(String item) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        // Completes on another thread, later: the outcome is known only then.
        Thread worker = new Thread(() -> {
            try {
                Backend.call();
                answer.complete("found " + item);
            } catch (IOException e) {
                answer.completeExceptionally(e);
            }
        });
        lastWorker = worker;
        worker.start();
        return answer;
    }

    public CompletionStage<Integer> countAsync() {
        try {
            Backend.call();
            return CompletableFuture.completedFuture(7);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
