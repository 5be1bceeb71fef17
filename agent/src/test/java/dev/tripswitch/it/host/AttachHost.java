package dev.tripswitch.it.host;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * Loads and uses its client before any agent is there, says it is ready, and waits for a line on
 * stdin (sent once the agent is attached); then calls the client through an outage.
 */
public final class AttachHost {
    public static void main(String[] args) throws Exception {
        Quotes quotes = new Quotes();
        System.out.println("before attach: returned " + quotes.quote("ab"));
        System.out.println("ready " + ProcessHandle.current().pid());
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in)).readLine();
        Backend.down();
        for (int i = 1; i <= 3; i++) {
            int before = Backend.calls();
            String outcome;
            try {
                outcome = "returned " + quotes.quote("ab");
            } catch (Exception e) {
                outcome = "threw " + e.getClass().getSimpleName();
            }
            System.out.println("call " + i + ": " + outcome + (Backend.calls() > before ? "" : " [rejected]"));
        }
    }
}
