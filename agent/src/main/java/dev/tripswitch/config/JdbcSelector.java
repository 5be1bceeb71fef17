package dev.tripswitch.config;

import java.util.List;
import java.util.stream.Collectors;

/** {@code jdbc { url = "jdbc:postgresql://db:5432/orders*" }}: connections whose URL matches (SPEC §5). */
public final class JdbcSelector extends TargetSelector {
    /** Connection, resources, operator intervention, system error, timeout. */
    public static final List<String> DEFAULT_FAILURE_SQL_STATES = List.of("08", "53", "57", "58", "HYT");

    private final Glob url;
    private final List<String> failureSqlStates;

    public JdbcSelector(Glob url, List<String> failureSqlStates) {
        this.url = url;
        this.failureSqlStates = List.copyOf(failureSqlStates);
    }

    public Glob url() {
        return url;
    }

    /** SQLState prefixes that count as failures of the database. */
    public List<String> failureSqlStates() {
        return failureSqlStates;
    }

    public boolean isFailureSqlState(String sqlState) {
        if (sqlState == null) {
            return false;
        }
        for (String prefix : failureSqlStates) {
            if (sqlState.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String key() {
        return "jdbc";
    }

    @Override
    public String toHocon() {
        return "jdbc { url = " + Hocon.quote(url.pattern()) + ", failure-sql-states = "
                + failureSqlStates.stream().map(Hocon::quote).collect(Collectors.joining(", ", "[", "]")) + " }";
    }
}
