package dev.tripswitch.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a JVM the way users start their applications with the agent, and captures what it says. */
final class ChildJvm {
    static final Path AGENT_JAR = Path.of(requiredProperty("tripswitch.agent.jar"));
    static final Path CONFIG_SAMPLES = Path.of(requiredProperty("tripswitch.config.samples"));
    /** The tests' own classes, without the agent's: the agent must come from its jar only. */
    static final Path TEST_CLASSES = Path.of(requiredProperty("tripswitch.test.classes"));

    private final Path javaHome;
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> classpath = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private String input = "";

    ChildJvm(Path javaHome) {
        this.javaHome = javaHome;
        classpath.add(TEST_CLASSES.toString());
    }

    static ChildJvm current() {
        return new ChildJvm(Path.of(System.getProperty("java.home")));
    }

    /** {@code -javaagent:tripswitch-agent.jar[=argument]}. */
    ChildJvm withAgent(String argument) {
        return option("-javaagent:" + AGENT_JAR + (argument == null ? "" : "=" + argument));
    }

    ChildJvm option(String option) {
        jvmOptions.add(option);
        return this;
    }

    ChildJvm classpath(Path entry) {
        classpath.add(entry.toString());
        return this;
    }

    ChildJvm env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** What the child reads on stdin when it is {@link #run}. */
    ChildJvm input(String text) {
        input = text;
        return this;
    }

    Result run(String mainClass, String... args) throws IOException, InterruptedException {
        return start(mainCommand(mainClass, args));
    }

    /** Starts the child and leaves it running, for a test to talk to on stdin and stdout. */
    RunningChild launch(String mainClass, String... args) throws IOException {
        return new RunningChild(processBuilder(mainCommand(mainClass, args)));
    }

    private List<String> mainCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("TRIPSWITCH_CONFIG");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        return builder;
    }

    /** {@code java [options] -jar tripswitch-agent.jar args...}. */
    Result runAgentJar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(AGENT_JAR.toString());
        command.addAll(List.of(args));
        return start(command);
    }

    private Result start(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("child-out", ".txt");
        Path err = Files.createTempFile("child-err", ".txt");
        Path in = Files.writeString(Files.createTempFile("child-in", ".txt"), input);
        try {
            Process process = processBuilder(command)
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("child JVM did not finish in 60 s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run the integration tests with mvn verify");
        }
        return value;
    }

    static final class Result {
        final int exitCode;
        final String stdout;
        final String stderr;

        Result(int exitCode, String stdout, String stderr) {
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        /** The agent's own lines. */
        List<String> agentLines() {
            List<String> lines = new ArrayList<>();
            for (String line : stderr.split("\\R")) {
                if (line.startsWith("[tripswitch]")) {
                    lines.add(line);
                }
            }
            return lines;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }
}
