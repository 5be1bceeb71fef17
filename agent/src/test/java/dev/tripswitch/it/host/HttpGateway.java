package dev.tripswitch.it.host;

import java.io.IOException;

public class HttpGateway implements Gateway {
    @Override
    public String call(String query) throws IOException {
        Backend.call();
        return "http:" + query;
    }
}
