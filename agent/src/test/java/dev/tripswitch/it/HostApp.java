package dev.tripswitch.it;

/** A host application for the agent's launch tests: says it ran, and exits with the code it is given. */
public final class HostApp {
    public static final String RAN = "host main ran";

    public static void main(String[] args) {
        System.out.println(RAN);
        System.exit(args.length > 0 ? Integer.parseInt(args[0]) : 0);
    }
}
