package dev.tripswitch.config;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds calls that two targets would both guard: overlapping method selectors, JDBC URL globs that
 * some URL matches both, HTTP selectors with the same path prefix on overlapping hosts and ports.
 * A call must belong to one breaker, so both targets of a clash are left out.
 */
final class ClaimCheck {
    private final Problems problems;
    private final ConfigObject targetsObject;
    private final KeyPath targetsPath;

    ClaimCheck(Problems problems, ConfigObject targetsObject, KeyPath targetsPath) {
        this.problems = problems;
        this.targetsObject = targetsObject;
        this.targetsPath = targetsPath;
    }

    /** Reports every clash; returns the names of the targets involved in one. */
    Set<String> clashing(List<TargetConfig> targets) {
        Set<String> clashing = new LinkedHashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            for (int j = i + 1; j < targets.size(); j++) {
                if (clash(targets.get(i), targets.get(j))) {
                    clashing.add(targets.get(i).name());
                    clashing.add(targets.get(j).name());
                }
            }
        }
        return clashing;
    }

    private boolean clash(TargetConfig first, TargetConfig second) {
        TargetSelector a = first.selector();
        TargetSelector b = second.selector();
        if (a instanceof MethodsSelector && b instanceof MethodsSelector) {
            return methodsClash(first, (MethodsSelector) a, second, (MethodsSelector) b);
        }
        if (a instanceof JdbcSelector && b instanceof JdbcSelector
                && ((JdbcSelector) a).url().intersects(((JdbcSelector) b).url())) {
            report(second, "jdbc", "url", "a JDBC URL can match both this and target " + first.name()
                    + " (" + first.location() + "); a connection can belong to one target only");
            return true;
        }
        if (a instanceof HttpSelector && b instanceof HttpSelector && ((HttpSelector) a).clashesWith((HttpSelector) b)) {
            report(second, "http", "host", "a request can match both this and target " + first.name()
                    + " (" + first.location() + "), with the same path prefix; give them different path-prefix values");
            return true;
        }
        return false;
    }

    private boolean methodsClash(TargetConfig first, MethodsSelector a, TargetConfig second, MethodsSelector b) {
        for (MethodPattern p : a.patterns()) {
            for (int k = 0; k < b.patterns().size(); k++) {
                MethodPattern q = b.patterns().get(k);
                if (p.overlaps(q)) {
                    KeyPath at = targetsPath.child(second.name()).child("methods").index(k);
                    problems.add(at, element(second.name(), k), "\"" + q.text() + "\" selects a method that target "
                            + first.name() + " also claims with \"" + p.text() + "\" (" + first.location()
                            + "); a method can belong to one target only");
                    return true;
                }
            }
        }
        return false;
    }

    private void report(TargetConfig target, String selectorKey, String key, String message) {
        KeyPath at = targetsPath.child(target.name()).child(selectorKey).child(key);
        ConfigValue selector = ((ConfigObject) targetsObject.get(target.name())).get(selectorKey);
        ConfigValue value = selector instanceof ConfigObject ? ((ConfigObject) selector).get(key) : selector;
        problems.add(at, value, message);
    }

    private ConfigValue element(String targetName, int index) {
        ConfigValue methods = ((ConfigObject) targetsObject.get(targetName)).get("methods");
        return methods instanceof ConfigList ? ((ConfigList) methods).get(index) : methods;
    }
}
