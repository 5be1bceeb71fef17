package dev.tripswitch.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A child JVM a test talks to: a line on its stdin, the line it answers on stdout. */
final class RunningChild implements AutoCloseable {
    private static final String END = "\\u0000end of stdout";

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final Path stderr;

    RunningChild(ProcessBuilder builder) throws IOException {
        stderr = Files.createTempFile("child-err", ".txt");
        process = builder.redirectError(stderr.toFile()).start();
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readStdout, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    private void readStdout() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                stdout.add(line);
            }
        } catch (IOException e) {
            // the child is gone
        }
        stdout.add(END);
    }

    /** The next line the child prints; fails after 30 s or when the child has ended. */
    String nextLine() throws InterruptedException, IOException {
        String line = stdout.poll(30, TimeUnit.SECONDS);
        if (line == null || line.equals(END)) {
            throw new AssertionError("the child printed nothing more; its stderr:\n" + stderr());
        }
        return line;
    }

    /** Sends one command line and returns the child's answer. */
    String send(String command) throws IOException, InterruptedException {
        stdin.write(command + "\n");
        stdin.flush();
        return nextLine();
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** Ends the child's input and waits for it to exit. */
    int exit() throws IOException, InterruptedException {
        stdin.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not exit; its stderr:\n" + stderr());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(stderr);
    }
}
