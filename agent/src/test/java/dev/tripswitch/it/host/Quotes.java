package dev.tripswitch.it.host;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/** A client whose methods declare a checked exception, or none, for the throw and fail-fast tests. */
public class Quotes {
    public double quote(String symbol) throws TimeoutException, IOException {
        Backend.call();
        return symbol.length() * 1.5;
    }

    public double quoteUnchecked(String symbol) {
        Backend.callUnchecked();
        return symbol.length() * 1.5;
    }
}
