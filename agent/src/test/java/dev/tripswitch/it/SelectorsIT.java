package dev.tripswitch.it;

import dev.tripswitch.it.host.SelectorsHost;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static dev.tripswitch.it.GuardedConfigs.TRIP_FAST;
import static dev.tripswitch.it.GuardedConfigs.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The method selectors of SPEC §2.1, each in a child JVM: which calls a breaker sees. Breakers trip
 * after two counted failures; the backend is down throughout.
 */
class SelectorsIT {
    @TempDir
    Path dir;

    private List<String> run(String selector, String scenario) throws Exception {
        Path config = GuardedConfigs.write(dir, "app.conf", TRIP_FAST, target("catalog", selector, ""));
        ChildJvm.Result result = ChildJvm.current().withAgent(config.toString()).run(SelectorsHost.class.getName(), scenario);
        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.agentLines()).as(result.toString()).noneMatch(l -> l.contains("error") || l.contains("warning"));
        return result.stdout.lines().collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Catalog#fetch", "'Catalog#fetch(java.lang.String, int)'", "Catalog#f*"})
    void anOverloadDelegatingToAnotherCountsOnce(String selector) throws Exception {
        assertThat(run(selector, "overloads")).containsExactly(
                "fetch(id) #1: threw IOException, reached the backend",
                "fetch(id) #2: threw IOException, reached the backend",
                "fetch(id) #3: threw IOException, rejected",
                "fetch(id, version) #1: threw IOException, rejected");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Catalog#fetch(java.lang.String)", "Catalog#fetch( java.lang.String )"})
    void aParameterListSelectsThatOverloadOnly(String selector) throws Exception {
        assertThat(run(selector, "exact")).containsExactly(
                "fetch(id) #1: threw IOException, reached the backend",
                "fetch(id) #2: threw IOException, reached the backend",
                "fetch(id) #3: threw IOException, rejected",
                "fetch(id, version) #1: threw IOException, reached the backend");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Catalog#lookup"})
    void staticMethodsAreGuarded(String selector) throws Exception {
        assertThat(run(selector, "static")).containsExactly(
                "lookup #1: threw IOException, reached the backend",
                "lookup #2: threw IOException, reached the backend",
                "lookup #3: threw IOException, rejected");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Catalog#*", "Catalog#toString"})
    void objectMethodsAreNeverGuarded(String selector) throws Exception {
        assertThat(run(selector, "object-methods")).containsExactly(
                "toString #1: threw IllegalStateException, reached the backend",
                "toString #2: threw IllegalStateException, reached the backend",
                "toString #3: threw IllegalStateException, reached the backend");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Gateway#call", "*Gateway#c*", "AbstractGateway#call(java.lang.String)"})
    void anInterfaceOrAbstractClassSelectsItsImplementations(String selector) throws Exception {
        List<String> lines = run(selector, "implementations");
        if (selector.startsWith("AbstractGateway")) {
            // HttpGateway does not extend it: only GrpcGateway's calls are guarded.
            assertThat(lines).containsExactly(
                    "http.call #1: threw IOException, reached the backend",
                    "http.call #2: threw IOException, reached the backend",
                    "grpc.call #1: threw IOException, reached the backend",
                    "http.ping #1: threw IOException, reached the backend");
            return;
        }
        assertThat(lines).containsExactly(
                "http.call #1: threw IOException, reached the backend",
                "http.call #2: threw IOException, reached the backend",
                "grpc.call #1: threw IOException, rejected",
                "http.ping #1: threw IOException, rejected");
    }
}
