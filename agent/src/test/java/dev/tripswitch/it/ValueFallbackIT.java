package dev.tripswitch.it;

import dev.tripswitch.it.host.FamiliesHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static dev.tripswitch.it.GuardedConfigs.TRIP_FAST;
import static dev.tripswitch.it.GuardedConfigs.target;
import static org.assertj.core.api.Assertions.assertThat;

/** A rejected call returns the configured value, converted to every return-type family of SPEC §4. */
class ValueFallbackIT {
    @TempDir
    Path dir;

    @Test
    void rejectedCallsReturnTheValueConvertedToTheirReturnType() throws Exception {
        String[][] cases = {
                {"count", "42", "42 (Integer)"},
                {"total", "42", "42 (Long)"},
                {"price", "0.5", "0.5 (Double)"},
                {"weight", "1.5", "1.5 (Float)"},
                {"available", "false", "false (Boolean)"},
                {"grade", "C", "C (Character)"},
                {"shelf", "3", "3 (Short)"},
                {"flags", "1", "1 (Byte)"},
                {"boxed", "42", "42 (Integer)"},
                {"name", "unknown", "unknown (String)"},
                {"cost", "12.5", "12.5 (BigDecimal)"},
                {"serial", "12345678901", "12345678901 (BigInteger)"},
                {"speed", "FAST", "FAST (Speed)"},
                {"supplier", "backup", "Optional[backup] (Optional)"},
                {"nobody", "null", "Optional.empty (Optional)"},
                {"anything", "5", "5 (Integer)"},
                {"ping", "null", "null"},
                {"nothing", "null", "null"},
                {"lookupAsync", "none", "completed with none (String)"},
                {"countAsync", "0", "completed with 0 (Integer)"},
        };
        String[] targets = Arrays.stream(cases)
                .map(c -> target(c[0], "Inventory#" + c[0], "fallback.value = " + c[1]))
                .toArray(String[]::new);
        String[] collections = {
                target("sizes", "Inventory#sizes", "fallback.value = [1, 2, 3]"),
                target("tags", "Inventory#tags", "fallback.value = [a, b]"),
                target("stock", "Inventory#stock", "fallback.value { a = 1, b = 2 }"),
        };
        Path config = GuardedConfigs.write(dir, "app.conf", TRIP_FAST,
                concat(targets, collections));

        String[] methods = concat(Arrays.stream(cases).map(c -> c[0]).toArray(String[]::new),
                new String[]{"sizes", "tags", "stock"});
        ChildJvm.Result result = ChildJvm.current().withAgent(config.toString()).run(FamiliesHost.class.getName(), methods);

        assertThat(result.exitCode).as(result.toString()).isZero();
        List<String> lines = result.stdout.lines().collect(java.util.stream.Collectors.toList());
        for (int i = 0; i < cases.length; i++) {
            assertThat(lines.get(i)).as(result.toString()).isEqualTo(cases[i][0] + " -> " + cases[i][2]);
        }
        assertThat(lines.subList(cases.length, lines.size())).as(result.toString()).satisfiesExactly(
                l -> assertThat(l).startsWith("sizes -> [1, 2, 3] (").doesNotContain("backend"),
                l -> assertThat(l).startsWith("tags -> [a, b] (").doesNotContain("backend"),
                l -> assertThat(l).startsWith("stock -> {a=1, b=2} (").doesNotContain("backend"));
        assertThat(result.agentLines()).as(result.toString())
                .contains("[tripswitch] guarding dev.tripswitch.it.host.Inventory#count(java.lang.String) -> count")
                .noneMatch(l -> l.contains("error") || l.contains("warning"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
