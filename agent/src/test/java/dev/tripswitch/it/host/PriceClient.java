package dev.tripswitch.it.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** The host's client of the price service: a real socket round trip per call. */
public class PriceClient {
    public static final AtomicInteger ATTEMPTS = new AtomicInteger();
    private final int port;

    public PriceClient(int port) {
        this.port = port;
    }

    public double quote(String symbol) throws IOException {
        ATTEMPTS.incrementAndGet();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write((symbol + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            return Double.parseDouble(answer);
        }
    }
}
