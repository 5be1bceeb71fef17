package dev.tripswitch.fallback;

import dev.tripswitch.bootstrap.Replacement;
import dev.tripswitch.breaker.CircuitBreaker;


/**
 * {@code fallback { throw = "java.io.IOException", message = "..." }}: a new instance of the
 * configured exception for every call it serves (a shared one would carry one caller's suppressed
 * exceptions and cause to the next). A failure it replaces becomes its cause.
 */
final class ThrowFallback implements Fallback {
    private final MethodSite site;
    private final ExceptionConstructor exception;
    private final String message;

    ThrowFallback(MethodSite site, String exceptionClass, String message) {
        this.site = site;
        this.exception = new ExceptionConstructor(site, exceptionClass);
        this.message = message;
    }

    @Override
    public Replacement serve(Object[] arguments, Throwable failure, CircuitBreaker breaker) {
        Throwable thrown;
        try {
            thrown = exception.newInstance(message != null ? message
                    : FailFast.message(site.target(), breaker.state()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + exception.className() + " for " + site, e);
        }
        if (failure != null && thrown.getCause() == null) {
            thrown.initCause(failure);
        }
        breaker.onFallbackServed();
        return Replacement.throwing(thrown);
    }
}
