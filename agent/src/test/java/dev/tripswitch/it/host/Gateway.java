package dev.tripswitch.it.host;

import java.io.IOException;

/** An interface whose implementations are guarded through it. */
public interface Gateway {
    String call(String query) throws IOException;

    default String ping() throws IOException {
        return call("ping");
    }
}
