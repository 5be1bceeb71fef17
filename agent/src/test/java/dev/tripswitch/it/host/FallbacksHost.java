package dev.tripswitch.it.host;

import java.util.concurrent.Callable;

/** Calls a guarded client in the order a scenario needs and prints what every call returned or threw. */
public final class FallbacksHost {
    public static void main(String[] args) {
        Quotes quotes = new Quotes();
        switch (args[0]) {
            case "checked":
                Backend.down();
                calls(3, () -> quotes.quote("abc"));
                break;
            case "unchecked":
                Backend.down();
                calls(3, () -> quotes.quoteUnchecked("abc"));
                break;
            case "cache":
                calls(1, () -> quotes.quote("ab"));
                Backend.down();
                calls(1, () -> quotes.quote("x")); // one failure in two calls: 50%, the breaker opens
                calls(1, () -> quotes.quote("ab"));
                calls(1, () -> quotes.quote("zzz"));
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
    }

    private static void calls(int times, Callable<?> call) {
        for (int i = 0; i < times; i++) {
            int before = Backend.calls();
            String outcome;
            try {
                outcome = "returned " + call.call();
            } catch (Exception e) {
                outcome = "threw " + e.getClass().getName() + ": " + e.getMessage()
                        + (e.getCause() == null ? "" : " (cause " + e.getCause().getClass().getSimpleName() + ")");
            }
            System.out.println(outcome + (Backend.calls() > before ? "" : " [rejected]"));
        }
    }
}
