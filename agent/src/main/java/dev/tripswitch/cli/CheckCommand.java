package dev.tripswitch.cli;

import dev.tripswitch.config.ConfigLoadResult;
import dev.tripswitch.config.ConfigLoader;
import dev.tripswitch.config.ConfigProblem;
import dev.tripswitch.config.TargetConfig;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code check app.conf}: validates a file exactly as the agent would at start-up, system property
 * overrides included, and prints the effective settings of every target.
 */
final class CheckCommand {
    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length != 1) {
            err.println("usage: java -jar tripswitch-agent.jar check <app.conf>");
            return TripswitchCommand.USAGE;
        }
        Path file = Path.of(args[0]);
        ConfigLoadResult result = ConfigLoader.load(file);
        if (result.isValid()) {
            int targets = result.config().targets().size();
            out.println(file + ": valid, " + targets + (targets == 1 ? " target" : " targets"));
        } else {
            int errors = result.problems().size();
            err.println(file + ": " + errors + (errors == 1 ? " error" : " errors"));
            for (ConfigProblem problem : result.problems()) {
                err.println(problem);
            }
            if (!result.droppedTargets().isEmpty()) {
                err.println("not guarded because of these errors: " + String.join(", ", result.droppedTargets()));
            }
        }
        for (TargetConfig target : result.config().targets()) {
            out.println();
            out.println("# " + target.location());
            out.println(target.toHocon());
        }
        return result.isValid() ? TripswitchCommand.OK : TripswitchCommand.INVALID;
    }
}
