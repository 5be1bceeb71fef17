package dev.tripswitch.config;

import dev.tripswitch.breaker.BreakerSettings;
import dev.tripswitch.breaker.Mode;
import dev.tripswitch.breaker.WindowType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Valid configs: what they produce (SPEC §2). */
class ConfigLoaderTest {
    private static final String SPEC_EXAMPLE = String.join("\n",
            "tripswitch {",
            "  log-level = info",
            "  defaults {",
            "    mode = enforce",
            "    sliding-window { type = count, size = 100 }",
            "    minimum-calls = 20",
            "    failure-rate-threshold = 50",
            "    slow-call-duration = 5s",
            "    slow-call-rate-threshold = 100",
            "    open-duration = 30s",
            "    open-duration-multiplier = 1.0",
            "    open-duration-max = 5m",
            "    half-open-calls = 5",
            "    half-open-max-wait = 30s",
            "    record-exceptions = []",
            "    ignore-exceptions = []",
            "  }",
            "  targets {",
            "    pricing {",
            "      methods = [\"com.acme.PricingClient#quote\"]",
            "      fallback { value = 0.0 }",
            "    }",
            "    orders-db {",
            "      jdbc { url = \"jdbc:postgresql://db.internal:5432/orders*\" }",
            "      minimum-calls = 10",
            "    }",
            "    inventory-api {",
            "      http { host = \"inventory.internal\", port = 8080, path-prefix = \"/v1\" }",
            "      http.failure-statuses = [\"5xx\", 429]",
            "      fallback { response { status = 503, body = \"{\\\"items\\\":[]}\", headers { Content-Type = \"application/json\" } } }",
            "    }",
            "  }",
            "}");

    @TempDir
    Path dir;
    private ConfigFiles files;

    @BeforeEach
    void setUp() {
        files = new ConfigFiles(dir);
    }

    @Test
    void loadsTheExampleOfTheSpec() {
        ConfigLoadResult result = files.load(SPEC_EXAMPLE);

        assertThat(files.problems(result)).isEmpty();
        TripswitchConfig config = result.config();
        assertThat(config.targets()).extracting(TargetConfig::name).containsExactly("inventory-api", "orders-db", "pricing");

        TargetConfig pricing = config.target("pricing").orElseThrow();
        assertThat(((MethodsSelector) pricing.selector()).patterns()).extracting(MethodPattern::text)
                .containsExactly("com.acme.PricingClient#quote");
        ValueFallbackConfig zero = (ValueFallbackConfig) pricing.fallback();
        assertThat(((Number) zero.value()).doubleValue()).isEqualTo(0.0);
        assertThat(zero.valueAsHocon()).as("the text as written, for conversions to String").isEqualTo("0.0");
        assertThat(pricing.breaker()).isEqualTo(BreakerSettings.defaults());

        TargetConfig orders = config.target("orders-db").orElseThrow();
        JdbcSelector jdbc = (JdbcSelector) orders.selector();
        assertThat(jdbc.url().matches("jdbc:postgresql://db.internal:5432/orders_eu")).isTrue();
        assertThat(jdbc.failureSqlStates()).containsExactly("08", "53", "57", "58", "HYT");
        assertThat(orders.breaker().minimumCalls()).isEqualTo(10);
        assertThat(orders.fallback()).isNull();

        TargetConfig inventory = config.target("inventory-api").orElseThrow();
        HttpSelector http = (HttpSelector) inventory.selector();
        assertThat(http.host().pattern()).isEqualTo("inventory.internal");
        assertThat(http.port()).isEqualTo(8080);
        assertThat(http.pathPrefix()).isEqualTo("/v1");
        assertThat(http.failureStatuses().contains(503)).isTrue();
        assertThat(http.failureStatuses().contains(429)).isTrue();
        assertThat(http.failureStatuses().contains(404)).isFalse();
        ResponseFallbackConfig response = (ResponseFallbackConfig) inventory.fallback();
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"items\":[]}");
        assertThat(response.headers()).isEqualTo(Map.of("Content-Type", List.of("application/json")));
    }

    @Test
    void builtInDefaultsAreTheEngineDefaults() {
        ConfigLoadResult result = files.load("tripswitch.targets.t.methods = [\"a.B#c\"]");

        assertThat(result.config().target("t").orElseThrow().breaker()).isEqualTo(BreakerSettings.defaults());
        assertThat(result.config().logLevel()).isEqualTo(LogLevel.INFO);
    }

    @Test
    void everyBreakerKeyCanBeOverriddenPerTarget() {
        ConfigLoadResult result = files.load(String.join("\n",
                "tripswitch.defaults { minimum-calls = 7, open-duration = 1m }",
                "tripswitch.targets {",
                "  plain { methods = [\"a.B#c\"] }",
                "  tuned {",
                "    methods = [\"a.B#d\"]",
                "    mode = observe",
                "    sliding-window { type = time, size = 60s }",
                "    minimum-calls = 3",
                "    failure-rate-threshold = \"25%\"",
                "    slow-call-duration = 250ms",
                "    slow-call-rate-threshold = 12.5",
                "    open-duration = 2s",
                "    open-duration-multiplier = 2",
                "    open-duration-max = 1m",
                "    half-open-calls = 2",
                "    half-open-max-wait = 10s",
                "    record-exceptions = [\"java.io.IOException\"]",
                "    ignore-exceptions = [\"java.io.FileNotFoundException\"]",
                "  }",
                "}"));

        assertThat(files.problems(result)).isEmpty();
        BreakerSettings plain = result.config().target("plain").orElseThrow().breaker();
        assertThat(plain.minimumCalls()).isEqualTo(7);
        assertThat(plain.openDurationNanos()).isEqualTo(Duration.ofMinutes(1).toNanos());
        BreakerSettings tuned = result.config().target("tuned").orElseThrow().breaker();
        assertThat(tuned).isEqualTo(BreakerSettings.builder()
                .mode(Mode.OBSERVE)
                .slidingWindow(WindowType.TIME, 60)
                .minimumCalls(3)
                .failureRateThreshold(25)
                .slowCallDuration(Duration.ofMillis(250))
                .slowCallRateThreshold(12.5)
                .openDuration(Duration.ofSeconds(2))
                .openDurationMultiplier(2)
                .openDurationMax(Duration.ofMinutes(1))
                .halfOpenCalls(2)
                .halfOpenMaxWait(Duration.ofSeconds(10))
                .recordExceptions(List.of("java.io.IOException"))
                .ignoreExceptions(List.of("java.io.FileNotFoundException"))
                .build());
    }

    @Test
    void aPartialSlidingWindowKeepsTheInheritedHalf() {
        ConfigLoadResult result = files.load(String.join("\n",
                "tripswitch.defaults.sliding-window { type = time, size = 30 }",
                "tripswitch.targets.t { methods = [\"a.B#c\"], sliding-window.size = 10 }"));

        BreakerSettings settings = result.config().target("t").orElseThrow().breaker();
        assertThat(settings.windowType()).isEqualTo(WindowType.TIME);
        assertThat(settings.windowSize()).isEqualTo(10);
    }

    @Test
    void systemPropertiesOverrideTheFile() {
        ConfigLoadResult result = files.load(
                "tripswitch.targets.pricing { methods = [\"a.B#c\"], open-duration = 30s }",
                "tripswitch.targets.pricing.open-duration=10s",
                "tripswitch.defaults.minimum-calls=4",
                "tripswitch.log-level=debug",
                "tripswitch.config=/this/names/the/file/and/is/no/key.conf",
                "unrelated.property=1");

        assertThat(files.problems(result)).isEmpty();
        BreakerSettings settings = result.config().target("pricing").orElseThrow().breaker();
        assertThat(settings.openDurationNanos()).isEqualTo(Duration.ofSeconds(10).toNanos());
        assertThat(settings.minimumCalls()).isEqualTo(4);
        assertThat(result.config().logLevel()).isEqualTo(LogLevel.DEBUG);
    }

    @Test
    void systemPropertiesCanAddATargetWithListsWrittenByIndex() {
        ConfigLoadResult result = files.load("tripswitch {}",
                "tripswitch.targets.extra.methods.0=a.B#c",
                "tripswitch.targets.extra.methods.1=a.B#d",
                "tripswitch.targets.extra.fallback.value=fallback");

        assertThat(files.problems(result)).isEmpty();
        TargetConfig extra = result.config().target("extra").orElseThrow();
        assertThat(((MethodsSelector) extra.selector()).patterns()).extracting(MethodPattern::text)
                .containsExactly("a.B#c", "a.B#d");
    }

    @Test
    void aSingleStringIsAListOfOne() {
        ConfigLoadResult result = files.load("tripswitch.targets.t { methods = \"a.B#c\", ignore-exceptions = \"java.io.IOException\" }");

        assertThat(files.problems(result)).isEmpty();
        assertThat(result.config().target("t").orElseThrow().breaker().ignoreExceptions()).containsExactly("java.io.IOException");
    }

    @Test
    void substitutionsResolveFromTopLevelValuesAndTheEnvironment() {
        ConfigLoadResult result = files.load(String.join("\n",
                "base-wait = 12s",
                "tripswitch.targets.t {",
                "  methods = [\"a.B#c\"]",
                "  open-duration = ${base-wait}",
                "  open-duration = ${?TRIPSWITCH_TEST_UNSET_VARIABLE}",
                "}"));

        assertThat(files.problems(result)).isEmpty();
        assertThat(result.config().target("t").orElseThrow().breaker().openDurationNanos())
                .isEqualTo(Duration.ofSeconds(12).toNanos());
    }

    @Test
    @SuppressWarnings("unchecked")
    void fallbackKindsAreRead() {
        ConfigLoadResult result = files.load(String.join("\n",
                "tripswitch.targets {",
                "  a { methods = [\"a.A#a\"], fallback { throw = \"java.io.IOException\", message = \"no\", on-failure = true } }",
                "  b { methods = [\"a.B#b\"], fallback { method = \"com.acme.Fallbacks#quote\" } }",
                "  c { methods = [\"a.C#c\"], fallback { cache { max-entries = 10, ttl = 1m }, otherwise { value = null } } }",
                "  d { methods = [\"a.D#d\"], fallback { value = { EUR = [1, 2], USD = null } } }",
                "  e { methods = [\"a.E#e\"], fallback { cache {} } }",
                "}"));

        assertThat(files.problems(result)).isEmpty();
        TripswitchConfig config = result.config();
        ThrowFallbackConfig a = (ThrowFallbackConfig) config.target("a").orElseThrow().fallback();
        assertThat(a.exceptionClass()).isEqualTo("java.io.IOException");
        assertThat(a.message()).isEqualTo("no");
        assertThat(a.onFailure()).isTrue();
        MethodFallbackConfig b = (MethodFallbackConfig) config.target("b").orElseThrow().fallback();
        assertThat(b.className()).isEqualTo("com.acme.Fallbacks");
        assertThat(b.methodName()).isEqualTo("quote");
        CacheFallbackConfig c = (CacheFallbackConfig) config.target("c").orElseThrow().fallback();
        assertThat(c.maxEntries()).isEqualTo(10);
        assertThat(c.ttlNanos()).isEqualTo(Duration.ofMinutes(1).toNanos());
        assertThat(((ValueFallbackConfig) c.otherwise()).value()).isNull();
        ValueFallbackConfig d = (ValueFallbackConfig) config.target("d").orElseThrow().fallback();
        assertThat((Map<Object, Object>) d.value()).containsEntry("EUR", List.of(1, 2)).containsEntry("USD", null);
        assertThatThrownBy(() -> ((Map<String, Object>) d.value()).put("GBP", (Object) 3))
                .as("settings are immutable all the way down").isInstanceOf(UnsupportedOperationException.class);
        CacheFallbackConfig e = (CacheFallbackConfig) config.target("e").orElseThrow().fallback();
        assertThat(e.maxEntries()).isEqualTo(CacheFallbackConfig.DEFAULT_MAX_ENTRIES);
        assertThat(e.otherwise()).isNull();
    }

    @Test
    void renderedSettingsParseBackToTheSameTarget() {
        ConfigLoadResult original = files.load(SPEC_EXAMPLE);
        StringBuilder rendered = new StringBuilder("tripswitch.targets {\n");
        original.config().targets().forEach(t -> rendered.append(t.toHocon()).append('\n'));
        rendered.append("}");

        ConfigLoadResult reparsed = files.loadFile("rendered.conf", rendered.toString());

        assertThat(files.problems(reparsed)).isEmpty();
        assertThat(reparsed.config().targets()).isEqualTo(original.config().targets());
    }

    @Test
    void renderedSettingsReadAsTheyAreWritten() {
        ConfigLoadResult result = files.load(SPEC_EXAMPLE);

        assertThat(result.config().target("orders-db").orElseThrow().toHocon()).isEqualTo(String.join("\n",
                "orders-db {",
                "  jdbc { url = \"jdbc:postgresql://db.internal:5432/orders*\", failure-sql-states = [\"08\", \"53\", \"57\", \"58\", \"HYT\"] }",
                "  mode = enforce",
                "  sliding-window { type = count, size = 100 }",
                "  minimum-calls = 10",
                "  failure-rate-threshold = 50",
                "  slow-call-duration = 5s",
                "  slow-call-rate-threshold = 100",
                "  open-duration = 30s",
                "  open-duration-multiplier = 1",
                "  open-duration-max = 5m",
                "  half-open-calls = 5",
                "  half-open-max-wait = 30s",
                "  record-exceptions = []",
                "  ignore-exceptions = []",
                "}"));
    }

    @Test
    void emptyFileMeansNoTargets() {
        ConfigLoadResult result = files.load("");

        assertThat(result.isValid()).isTrue();
        assertThat(result.config().targets()).isEmpty();
    }
}
