package dev.tripswitch.it;

import dev.tripswitch.it.host.FallbacksHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static dev.tripswitch.it.GuardedConfigs.TRIP_FAST;
import static dev.tripswitch.it.GuardedConfigs.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fallback kinds of SPEC §4 other than value, and failing fast, on a client whose breaker trips
 * after two failures. {@code Quotes#quote} declares TimeoutException and IOException;
 * {@code Quotes#quoteUnchecked} declares nothing.
 */
class FallbackKindsIT {
    private static final String REJECTED = "tripswitch: call rejected, the circuit breaker of target 'quotes' is OPEN";

    @TempDir
    Path dir;

    private ChildJvm.Result run(String selector, String fallback, String scenario) throws Exception {
        Path config = GuardedConfigs.write(dir, "app.conf", TRIP_FAST, target("quotes", selector, fallback));
        ChildJvm.Result result = ChildJvm.current().withAgent(config.toString()).run(FallbacksHost.class.getName(), scenario);
        assertThat(result.exitCode).as(result.toString()).isZero();
        return result;
    }

    private static List<String> lines(ChildJvm.Result result) {
        return result.stdout.lines().collect(Collectors.toList());
    }

    private static void assertNoAgentProblems(ChildJvm.Result result) {
        assertThat(result.agentLines()).as(result.toString()).noneMatch(l -> l.contains("error") || l.contains("warning"));
    }

    @Test
    void withoutFallbackARejectedCallThrowsTheFirstDeclaredCheckedExceptionWithAStringConstructor() throws Exception {
        // TimeoutException is declared first and has a (String) constructor.
        ChildJvm.Result result = run("Quotes#quote", "", "checked");
        assertNoAgentProblems(result);
        assertThat(lines(result)).containsExactly(
                "threw java.io.IOException: backend down",
                "threw java.io.IOException: backend down",
                "threw java.util.concurrent.TimeoutException: " + REJECTED + " [rejected]");
    }

    @Test
    void withoutFallbackOrCheckedExceptionARejectedCallThrowsCallNotPermitted() throws Exception {
        ChildJvm.Result result = run("Quotes#quoteUnchecked", "", "unchecked");
        assertNoAgentProblems(result);
        assertThat(lines(result)).containsExactly(
                "threw java.lang.IllegalStateException: backend down",
                "threw java.lang.IllegalStateException: backend down",
                "threw dev.tripswitch.CallNotPermittedException: " + REJECTED + " [rejected]");
    }

    @Test
    void throwFallbackThrowsTheConfiguredExceptionWithItsMessage() throws Exception {
        ChildJvm.Result result = run("Quotes#quote",
                "fallback { throw = \"java.io.FileNotFoundException\", message = \"quotes are down\" }", "checked");
        assertNoAgentProblems(result);
        assertThat(lines(result)).last().isEqualTo("threw java.io.FileNotFoundException: quotes are down [rejected]");
    }

    @Test
    void anUncheckedThrowFallbackFitsAMethodThatDeclaresNothing() throws Exception {
        ChildJvm.Result result = run("Quotes#quoteUnchecked",
                "fallback { throw = \"java.lang.UnsupportedOperationException\" }", "unchecked");
        assertNoAgentProblems(result);
        assertThat(lines(result)).last().isEqualTo("threw java.lang.UnsupportedOperationException: " + REJECTED + " [rejected]");
    }

    @Test
    void aCheckedThrowFallbackTheMethodDoesNotDeclareIsReportedAndTheMethodFailsFast() throws Exception {
        ChildJvm.Result result = run("Quotes#quoteUnchecked", "fallback { throw = \"java.io.IOException\" }", "unchecked");

        assertThat(result.agentLines()).as(result.toString()).anySatisfy(line -> assertThat(line)
                .startsWith("[tripswitch] error: target quotes (")
                .contains("fallback { throw = \"java.io.IOException\" } cannot serve"
                        + " dev.tripswitch.it.host.Quotes#quoteUnchecked(java.lang.String), which returns double:"
                        + " java.io.IOException is a checked exception that the method does not declare"));
        assertThat(lines(result)).last().isEqualTo("threw dev.tripswitch.CallNotPermittedException: " + REJECTED + " [rejected]");
    }

    @Test
    void aValueThatDoesNotFitIsReportedAndTheMethodFailsFast() throws Exception {
        ChildJvm.Result result = run("Quotes#quote", "fallback.value = cheap", "checked");

        assertThat(result.agentLines()).as(result.toString()).anySatisfy(line -> assertThat(line)
                .startsWith("[tripswitch] error: target quotes (")
                .contains("fallback { value = \"cheap\" } cannot serve dev.tripswitch.it.host.Quotes#quote(java.lang.String),"
                        + " which returns double: value \"cheap\" does not fit double"));
        assertThat(lines(result)).last().isEqualTo("threw java.util.concurrent.TimeoutException: " + REJECTED + " [rejected]");
    }

    @Test
    void methodFallbackGetsTheArgumentsAndTheFailureItReplaces() throws Exception {
        ChildJvm.Result result = run("Quotes#quote",
                "fallback { method = \"dev.tripswitch.it.host.QuoteFallbacks#quote\", on-failure = true }", "checked");
        assertNoAgentProblems(result);
        assertThat(lines(result)).containsExactly(
                "  fallback for abc because of IOException",
                "returned -3.0",
                "  fallback for abc because of IOException",
                "returned -3.0",
                "  fallback for abc because of CallNotPermittedException",
                "returned -3.0 [rejected]");
    }

    @Test
    void cacheFallbackServesTheLastResultForEqualArgumentsElseItsOtherwise() throws Exception {
        ChildJvm.Result result = run("Quotes#quote",
                "fallback { cache { max-entries = 10, ttl = 1m }, otherwise { value = -1 } }", "cache");
        assertNoAgentProblems(result);
        assertThat(lines(result)).containsExactly(
                "returned 3.0",
                "threw java.io.IOException: backend down",
                "returned 3.0 [rejected]",
                "returned -1.0 [rejected]");
    }
}
