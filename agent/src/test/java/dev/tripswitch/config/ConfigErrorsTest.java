package dev.tripswitch.config;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per kind of config error: each message names file, line and key, what was expected and what was found. */
class ConfigErrorsTest {
    @TempDir
    Path dir;
    private ConfigFiles files;

    @BeforeEach
    void setUp() {
        files = new ConfigFiles(dir);
    }

    private String onlyProblem(String hocon, String... systemProperties) {
        ConfigLoadResult result = files.load(hocon, systemProperties);
        assertThat(files.problems(result)).hasSize(1);
        return files.problems(result).get(0);
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void syntaxError() {
        assertThat(onlyProblem(lines(
                "tripswitch {",
                "  targets {",
                "    pricing { methods = [\"a.B#c\", }",
                "  }",
                "}")))
                .startsWith("app.conf:3: List should have had new element after a comma");
    }

    @Test
    void missingFile() {
        ConfigLoadResult result = ConfigLoader.load(dir.resolve("nowhere.conf"), new java.util.Properties());

        assertThat(files.problems(result)).containsExactly("nowhere.conf: cannot read the file: it does not exist"
                + " (relative paths start at " + new java.io.File("").getAbsolutePath() + ")");
    }

    @Test
    void unknownKeySuggestsTheNearestValidKey() {
        assertThat(onlyProblem(lines(
                "tripswitch.targets.pricing {",
                "  methods = [\"a.B#c\"]",
                "  failure-rate-treshold = 40",
                "}")))
                .isEqualTo("app.conf:3: tripswitch.targets.pricing.failure-rate-treshold: unknown key;"
                        + " did you mean failure-rate-threshold?");
    }

    @Test
    void keyAtTheWrongLevelSuggestsWhereItBelongs() {
        assertThat(onlyProblem(lines(
                "tripswitch.targets.api {",
                "  http { host = \"api.internal\" }",
                "  failure-statuses = [\"5xx\"]",
                "}")))
                .isEqualTo("app.conf:3: tripswitch.targets.api.failure-statuses: unknown key;"
                        + " did you mean http.failure-statuses?");
    }

    @Test
    void camelCaseKeySuggestsItsHoconSpelling() {
        assertThat(onlyProblem("tripswitch.defaults { minimumCalls = 5 }"))
                .isEqualTo("app.conf:1: tripswitch.defaults.minimumCalls: unknown key; did you mean minimum-calls?");
    }

    @Test
    void misspeltTopLevelBlock() {
        assertThat(onlyProblem("tripswich { targets { } }"))
                .isEqualTo("app.conf:1: tripswich: unknown key; did you mean tripswitch?");
    }

    @Test
    void wrongType() {
        assertThat(onlyProblem(lines(
                "tripswitch.targets.pricing {",
                "  methods = [\"a.B#c\"]",
                "  open-duration = [1, 2]",
                "}")))
                .isEqualTo("app.conf:3: tripswitch.targets.pricing.open-duration: expected a duration such as 30s,"
                        + " 250ms or 5m, found a list");
    }

    @Test
    void unparseableDuration() {
        assertThat(onlyProblem("tripswitch.defaults.slow-call-duration = soon"))
                .isEqualTo("app.conf:1: tripswitch.defaults.slow-call-duration: expected a duration such as 30s,"
                        + " 250ms or 5m, found \"soon\"");
    }

    @Test
    void percentageOutOfRange() {
        assertThat(onlyProblem(lines(
                "tripswitch.targets.pricing {",
                "  methods = [\"a.B#c\"]",
                "  failure-rate-threshold = 150",
                "}")))
                .isEqualTo("app.conf:3: tripswitch.targets.pricing.failure-rate-threshold: expected a percentage"
                        + " with 0 < x <= 100, found 150");
    }

    @Test
    void wholeNumberOutOfRange() {
        assertThat(onlyProblem("tripswitch.defaults.half-open-calls = 0"))
                .isEqualTo("app.conf:1: tripswitch.defaults.half-open-calls: expected a whole number of trial calls"
                        + " in 1..100000, found 0");
        assertThat(onlyProblem("tripswitch.targets.api.http { host = \"a\", port = 70000 }"))
                .isEqualTo("app.conf:1: tripswitch.targets.api.http.port: expected a port in 1..65535, found 70000");
        assertThat(onlyProblem("tripswitch.defaults.sliding-window { type = time, size = 2h }"))
                .isEqualTo("app.conf:1: tripswitch.defaults.sliding-window.size: expected a whole number of seconds"
                        + " in 1..3600, or a duration such as 60s, found \"2h\"");
    }

    @Test
    void valueOutsideItsChoicesSuggestsTheNearest() {
        assertThat(onlyProblem("tripswitch.defaults.mode = enfroce"))
                .isEqualTo("app.conf:1: tripswitch.defaults.mode: expected one of enforce, observe, disabled,"
                        + " found \"enfroce\"; did you mean enforce?");
    }

    @Test
    void targetWithoutSelector() {
        assertThat(onlyProblem(lines(
                "tripswitch.targets {",
                "  pricing {",
                "    minimum-calls = 5",
                "  }",
                "}")))
                .isEqualTo("app.conf:2: tripswitch.targets.pricing: expected exactly one of methods, jdbc, http,"
                        + " found none; add methods = [\"com.acme.PricingClient#quote\"],"
                        + " jdbc { url = \"jdbc:postgresql://db:5432/orders*\" } or http { host = \"inventory.internal\" }");
    }

    @Test
    void targetWithTwoSelectors() {
        assertThat(onlyProblem(lines(
                "tripswitch.targets.pricing {",
                "  methods = [\"a.B#c\"]",
                "  http { host = \"pricing.internal\" }",
                "}")))
                .isEqualTo("app.conf:3: tripswitch.targets.pricing.http: expected exactly one of methods, jdbc, http,"
                        + " found methods and http; split them into one target each");
    }

    @Test
    void methodClaimedByTwoTargets() {
        assertThat(onlyProblem(lines(
                "tripswitch.targets {",
                "  clients { methods = [\"com.acme.*Client#get*\"] }",
                "  pricing {",
                "    methods = [\"com.acme.Other#x\", \"com.acme.PricingClient#getQuote(java.lang.String)\"]",
                "  }",
                "}")))
                .isEqualTo("app.conf:4: tripswitch.targets.pricing.methods[1]: \"com.acme.PricingClient#getQuote(java.lang.String)\""
                        + " selects a method that target clients also claims with \"com.acme.*Client#get*\" (app.conf:2);"
                        + " a method can belong to one target only");
    }

    @Test
    void jdbcUrlClaimedByTwoTargets() {
        assertThat(onlyProblem(lines(
                "tripswitch.targets {",
                "  all-postgres { jdbc.url = \"jdbc:postgresql://*\" }",
                "  orders { jdbc.url = \"jdbc:postgresql://db/orders\" }",
                "}")))
                .isEqualTo("app.conf:3: tripswitch.targets.orders.jdbc.url: a JDBC URL can match both this and target"
                        + " all-postgres (app.conf:2); a connection can belong to one target only");
    }

    @Test
    void httpTargetsWithTheSamePrefixClash() {
        assertThat(onlyProblem(lines(
                "tripswitch.targets {",
                "  internal { http.host = \"*.internal\" }",
                "  inventory { http { host = \"inventory.internal\", port = 8080 } }",
                "  inventory-v2 { http { host = \"inventory.internal\", path-prefix = \"/v2\" } }",
                "}")))
                .isEqualTo("app.conf:3: tripswitch.targets.inventory.http.host: a request can match both this and"
                        + " target internal (app.conf:2), with the same path prefix; give them different path-prefix values");
    }

    @Test
    void malformedMethodSelector() {
        assertThat(onlyProblem("tripswitch.targets.t.methods = [\"com.*.Client#get\"]"))
                .isEqualTo("app.conf:1: tripswitch.targets.t.methods[0]: expected a selector such as"
                        + " \"com.acme.PricingClient#quote\" or \"com.acme.*Client#get*(java.lang.String, int)\","
                        + " found \"com.*.Client#get\": 'com.*.Client' is not a fully qualified type name"
                        + " ('*' is allowed in the simple name only)");
    }

    @Test
    void twoKindsOfFallback() {
        assertThat(onlyProblem("tripswitch.targets.t { methods = [\"a.B#c\"], fallback { value = 1, throw = \"java.io.IOException\" } }"))
                .isEqualTo("app.conf:1: tripswitch.targets.t.fallback.throw: expected one kind of fallback,"
                        + " found value and throw; a target has at most one");
    }

    @Test
    void responseFallbackOutsideAnHttpTarget() {
        assertThat(onlyProblem("tripswitch.targets.t { methods = [\"a.B#c\"], fallback.response.status = 503 }"))
                .isEqualTo("app.conf:1: tripswitch.targets.t.fallback.response: a response fallback needs an http target;"
                        + " use value, throw, method or cache here");
    }

    @Test
    void messageWithoutThrow() {
        assertThat(onlyProblem("tripswitch.targets.t { methods = [\"a.B#c\"], fallback { value = 1, message = \"x\" } }"))
                .isEqualTo("app.conf:1: tripswitch.targets.t.fallback.message: message goes with throw, found it with value");
    }

    @Test
    void cacheCannotBeItsOwnOtherwise() {
        assertThat(onlyProblem("tripswitch.targets.t { methods = [\"a.B#c\"], fallback { cache {}, otherwise { cache {} } } }"))
                .isEqualTo("app.conf:1: tripswitch.targets.t.fallback.otherwise.cache: unknown key;"
                        + " otherwise takes value, throw (with message), method or response");
    }

    @Test
    void openDurationMaxShorterThanOpenDuration() {
        assertThat(onlyProblem(lines(
                "tripswitch.targets.t {",
                "  methods = [\"a.B#c\"]",
                "  open-duration = 10m",
                "}")))
                .isEqualTo("app.conf:3: tripswitch.targets.t.open-duration: expected open-duration-max at least"
                        + " open-duration, found open-duration-max = 5m and open-duration = 10m");
    }

    @Test
    void targetNameThatCannotNameABreaker() {
        assertThat(onlyProblem("tripswitch.targets { \"orders:db\" { methods = [\"a.B#c\"] } }"))
                .isEqualTo("app.conf:1: tripswitch.targets.orders:db: expected a target name of letters, digits, '-' and '_',"
                        + " found \"orders:db\"; it names the breaker in JMX and in system properties");
    }

    @Test
    void invalidClassNameInAListIsPlacedOnItsOwnLine() {
        assertThat(onlyProblem(lines(
                "tripswitch.defaults.ignore-exceptions = [",
                "  \"java.io.IOException\",",
                "  \"not a class\"",
                "]")))
                .isEqualTo("app.conf:3: tripswitch.defaults.ignore-exceptions[1]: expected a fully qualified class name"
                        + " such as \"java.io.IOException\", found \"not a class\"");
    }

    @Test
    void badSystemPropertyIsNamed() {
        assertThat(onlyProblem("tripswitch.targets.t.methods = [\"a.B#c\"]", "tripswitch.targets.t.minimum-calls=many"))
                .isEqualTo("system property -Dtripswitch.targets.t.minimum-calls: expected a whole number of calls,"
                        + " at least 1, found \"many\"");
    }

    @Test
    void systemPropertyForATargetThatDoesNotExist() {
        assertThat(onlyProblem("tripswitch.targets.pricing.methods = [\"a.B#c\"]", "tripswitch.targets.pricng.open-duration=10s"))
                .startsWith("system property -Dtripswitch.targets.pricng.*: tripswitch.targets.pricng: expected exactly one"
                        + " of methods, jdbc, http, found none");
    }

    @Test
    void unresolvedSubstitution() {
        assertThat(onlyProblem(lines(
                "tripswitch.targets.t {",
                "  methods = [\"a.B#c\"]",
                "  open-duration = ${pricing-wait}",
                "}")))
                .startsWith("app.conf:3: Could not resolve substitution to a value: ${pricing-wait}");
    }

    @Test
    void everyProblemOfAFileIsReportedInLineOrder() {
        ConfigLoadResult result = files.load(lines(
                "tripswitch {",
                "  log-level = loud",
                "  targets {",
                "    b { methods = [\"a.B#c\"], minimum-calls = -1 }",
                "    a {",
                "      http { host = \"x\" }",
                "      half-open-calls = lots",
                "      fallback { value = 1, method = \"a.B#c\" }",
                "    }",
                "  }",
                "}"));

        assertThat(files.problems(result)).containsExactly(
                "app.conf:2: tripswitch.log-level: expected one of error, warn, info, debug, found \"loud\"",
                "app.conf:4: tripswitch.targets.b.minimum-calls: expected a whole number of calls, at least 1, found -1",
                "app.conf:7: tripswitch.targets.a.half-open-calls: expected a whole number of trial calls in 1..100000,"
                        + " found \"lots\"",
                "app.conf:8: tripswitch.targets.a.fallback.method: expected one kind of fallback, found value and method;"
                        + " a target has at most one");
    }

    @Test
    void aBrokenTargetIsDroppedAndTheOthersKept() {
        ConfigLoadResult result = files.load(lines(
                "tripswitch.log-level = loud",
                "tripswitch.targets {",
                "  good { methods = [\"a.B#c\"] }",
                "  bad { methods = [\"a.B#d\"], open-duration = never }",
                "}"));

        assertThat(result.problems()).hasSize(2);
        assertThat(result.config().targets()).extracting(TargetConfig::name).containsExactly("good");
        assertThat(result.droppedTargets()).containsExactly("bad");
        assertThat(result.config().logLevel()).as("an invalid level falls back to info").isEqualTo(LogLevel.INFO);
    }

    @Test
    void brokenDefaultsLeaveNoTarget() {
        ConfigLoadResult result = files.load(lines(
                "tripswitch.defaults.minimum-calls = zero",
                "tripswitch.targets.a.methods = [\"a.B#c\"]"));

        assertThat(result.problems()).hasSize(1);
        assertThat(result.config().targets()).isEmpty();
        assertThat(result.droppedTargets()).containsExactly("a");
    }

    @Test
    void clashingTargetsAreBothDropped() {
        ConfigLoadResult result = files.load(lines(
                "tripswitch.targets {",
                "  a.methods = [\"a.B#c\"]",
                "  b.methods = [\"a.B#c(int)\"]",
                "  c.methods = [\"a.B#d\"]",
                "}"));

        assertThat(result.config().targets()).extracting(TargetConfig::name).containsExactly("c");
    }
}
