package dev.tripswitch.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Config files for the guarding tests: breakers that trip after two failures, and targets given as HOCON. */
final class GuardedConfigs {
    static final String HOST = "dev.tripswitch.it.host.";
    /** Two failures in a window of two open the breaker, and it stays open for the test. */
    static final String TRIP_FAST = "defaults { minimum-calls = 2, sliding-window { type = count, size = 2 }, open-duration = 1h, open-duration-max = 1h }";

    private GuardedConfigs() {
    }

    static Path write(Path dir, String name, String defaults, String... targets) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "tripswitch {\n  " + defaults + "\n  targets {\n    "
                + String.join("\n    ", targets) + "\n  }\n}\n");
        return file;
    }

    /** {@code name { methods = ["dev.tripswitch.it.host.<selector>"], <rest> }}. */
    static String target(String name, String selector, String rest) {
        return name + " { methods = [\"" + HOST + selector + "\"]" + (rest.isEmpty() ? "" : ", " + rest) + " }";
    }
}
