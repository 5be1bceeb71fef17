package dev.tripswitch.config;

import dev.tripswitch.breaker.BreakerSettings;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes a target's effective settings as HOCON that parses back to the same settings. */
final class SettingsRenderer {
    private SettingsRenderer() {
    }

    static String render(TargetConfig target) {
        BreakerSettings b = target.breaker();
        StringBuilder out = new StringBuilder();
        out.append(target.name()).append(" {\n");
        line(out, target.selector().toHocon());
        line(out, "mode = " + b.mode().name().toLowerCase(Locale.ROOT));
        line(out, "sliding-window { type = " + b.windowType().name().toLowerCase(Locale.ROOT) + ", size = " + b.windowSize() + " }");
        line(out, "minimum-calls = " + b.minimumCalls());
        line(out, "failure-rate-threshold = " + Hocon.number(b.failureRateThreshold()));
        line(out, "slow-call-duration = " + Hocon.duration(b.slowCallDurationNanos()));
        line(out, "slow-call-rate-threshold = " + Hocon.number(b.slowCallRateThreshold()));
        line(out, "open-duration = " + Hocon.duration(b.openDurationNanos()));
        line(out, "open-duration-multiplier = " + Hocon.number(b.openDurationMultiplier()));
        line(out, "open-duration-max = " + Hocon.duration(b.openDurationMaxNanos()));
        line(out, "half-open-calls = " + b.halfOpenCalls());
        line(out, "half-open-max-wait = " + Hocon.duration(b.halfOpenMaxWaitNanos()));
        line(out, "record-exceptions = " + quotedList(b.recordExceptions()));
        line(out, "ignore-exceptions = " + quotedList(b.ignoreExceptions()));
        if (target.fallback() != null) {
            line(out, target.fallback().toHocon());
        }
        return out.append("}").toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append("  ").append(text).append('\n');
    }

    private static String quotedList(List<String> items) {
        return items.stream().map(Hocon::quote).collect(Collectors.joining(", ", "[", "]"));
    }
}
