package dev.tripswitch.it.host;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** A client whose calls succeed or fail as asked, counting the calls that really ran. */
public class OrdersClient {
    public static final AtomicInteger RAN = new AtomicInteger();

    public String place(boolean fail) throws IOException {
        RAN.incrementAndGet();
        if (fail) {
            throw new IOException("orders service down");
        }
        return "placed";
    }
}
