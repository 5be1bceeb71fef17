package dev.tripswitch;

/**
 * Thrown to a caller of a guarded method whose breaker rejected the call, when the target has no
 * fallback and the method declares no checked exception to use instead (SPEC §4). It has no stack
 * trace and takes no suppressed exceptions, so one instance per method can be thrown again and
 * again at no cost. It is loaded by the boot loader, so code in any class loader can catch it by name.
 */
public class CallNotPermittedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallNotPermittedException(String message) {
        super(message, null, false, false);
    }
}
