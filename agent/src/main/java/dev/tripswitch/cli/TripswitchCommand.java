package dev.tripswitch.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** {@code java -jar tripswitch-agent.jar <command>} (SPEC §8). */
public final class TripswitchCommand {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private TripswitchCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            usage(err);
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "check":
                return new CheckCommand(out, err).run(rest);
            case "help":
            case "--help":
            case "-h":
                usage(out);
                return OK;
            default:
                err.println("unknown command: " + args[0]);
                usage(err);
                return USAGE;
        }
    }

    private static void usage(PrintStream to) {
        to.println("usage: java -jar tripswitch-agent.jar <command>");
        to.println();
        to.println("  check <app.conf>   validate a config file: print each target, what it selects and its");
        to.println("                     effective settings; exit 1 with every error listed when it is invalid");
        to.println();
        to.println("As an agent: java -javaagent:tripswitch-agent.jar=<app.conf> -jar app.jar");
    }
}
