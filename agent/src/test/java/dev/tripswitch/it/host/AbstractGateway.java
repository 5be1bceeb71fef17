package dev.tripswitch.it.host;

import java.io.IOException;

/** Implements the interface's method for its subclasses. */
public abstract class AbstractGateway implements Gateway {
    @Override
    public String call(String query) throws IOException {
        Backend.call();
        return name() + ":" + query;
    }

    protected abstract String name();
}
