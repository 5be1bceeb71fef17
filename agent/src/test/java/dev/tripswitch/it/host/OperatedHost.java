package dev.tripswitch.it.host;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;

/**
 * A host a test drives line by line on stdin, while it reads the breakers from outside:
 * {@code ok N} or {@code fail N} makes N calls and prints one line with each outcome
 * ({@code placed}, {@code threw}, or {@code fallback:<value>} for a call that never ran);
 * {@code sleep MILLIS} waits; {@code record-start} starts a Flight Recorder recording and
 * {@code record-stop FILE} writes it; {@code exit} or the end of input ends it.
 */
public final class OperatedHost {
    public static void main(String[] args) throws Exception {
        OrdersClient client = new OrdersClient();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Recording recording = null;
        System.out.println("ready");
        for (String line = in.readLine(); line != null && !line.equals("exit"); line = in.readLine()) {
            String[] command = line.trim().split(" ");
            if (command[0].equals("sleep")) {
                Thread.sleep(Long.parseLong(command[1]));
                System.out.println("slept");
                continue;
            }
            if (command[0].equals("record-start")) {
                recording = new Recording();
                recording.enable("dev.tripswitch.CallRejected").withPeriod(Duration.ofSeconds(1));
                recording.start();
                System.out.println("recording");
                continue;
            }
            if (command[0].equals("record-stop")) {
                recording.stop();
                recording.dump(Path.of(command[1]));
                System.out.println("recorded");
                continue;
            }
            boolean fail = command[0].equals("fail");
            StringBuilder outcomes = new StringBuilder();
            for (int i = Integer.parseInt(command[1]); i > 0; i--) {
                outcomes.append(outcomes.length() == 0 ? "" : " ").append(call(client, fail));
            }
            System.out.println(outcomes);
        }
    }

    private static String call(OrdersClient client, boolean fail) {
        int before = OrdersClient.RAN.get();
        try {
            String result = client.place(fail);
            return OrdersClient.RAN.get() > before ? result : "fallback:" + result;
        } catch (Exception e) {
            return OrdersClient.RAN.get() > before ? "threw" : "rejected:" + e.getClass().getSimpleName();
        }
    }
}
