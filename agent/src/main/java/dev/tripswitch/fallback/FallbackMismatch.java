package dev.tripswitch.fallback;

/** A configured fallback cannot serve a method: its value, exception or method does not fit it. */
public final class FallbackMismatch extends Exception {
    private static final long serialVersionUID = 1L;

    FallbackMismatch(String message) {
        super(message);
    }
}
