package dev.tripswitch.it.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A price service on a loopback socket: one line in, one price out. Stopping it is a real outage. */
public final class PriceServer {
    private final ServerSocket socket;
    private final Thread acceptor;

    private PriceServer(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(this::serve, "price-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static PriceServer start(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new PriceServer(socket);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /**
     * Closes the listening socket and waits for the acceptor to leave: until its blocked accept
     * returns, the kernel keeps the socket listening and would still take a connection.
     */
    public void stop() throws IOException, InterruptedException {
        socket.close();
        acceptor.join();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                String symbol = in.readLine();
                OutputStream out = client.getOutputStream();
                out.write((symbol.length() * 1.5 + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException | RuntimeException e) {
                // closed, or a client that went away
            }
        }
    }
}
