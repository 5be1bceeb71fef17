package dev.tripswitch.config;

/**
 * One thing wrong with a config: where it is (file and line, or the system property), the key
 * path, and a message that says what was expected, what was found and, where one exists, a fix.
 */
public final class ConfigProblem {
    private final String location;
    private final int line;
    private final String keyPath;
    private final String message;

    ConfigProblem(String location, int line, String keyPath, String message) {
        this.location = location;
        this.line = line;
        this.keyPath = keyPath;
        this.message = message;
    }

    /** {@code app.conf:12}, {@code app.conf}, or {@code system property -Dtripswitch...}. */
    public String location() {
        return location;
    }

    /** The line in the file, or -1 (a system property, the file as a whole). */
    public int line() {
        return line;
    }

    /** The key at fault, e.g. {@code tripswitch.targets.pricing.open-duration}; empty for the file as a whole. */
    public String keyPath() {
        return keyPath;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        // A system property's location already is its key path.
        boolean keyInLocation = keyPath.isEmpty() || location.endsWith("-D" + keyPath);
        return location + ": " + (keyInLocation ? "" : keyPath + ": ") + message;
    }
}
