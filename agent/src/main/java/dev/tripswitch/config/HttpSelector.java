package dev.tripswitch.config;

import java.util.Locale;

/**
 * {@code http { host = "inventory.internal", port = 8080, path-prefix = "/v1" }}: requests to that
 * host (a glob, case-insensitive), and that port and path prefix where given (SPEC §5).
 */
public final class HttpSelector extends TargetSelector {
    /** No port given: any port. */
    public static final int ANY_PORT = -1;

    private final Glob host;
    private final int port;
    private final String pathPrefix;
    private final StatusSet failureStatuses;

    public HttpSelector(Glob host, int port, String pathPrefix, StatusSet failureStatuses) {
        this.host = Glob.of(host.pattern().toLowerCase(Locale.ROOT));
        this.port = port;
        this.pathPrefix = pathPrefix;
        this.failureStatuses = failureStatuses;
    }

    public Glob host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The path prefix, or the empty string for every path. */
    public String pathPrefix() {
        return pathPrefix;
    }

    public StatusSet failureStatuses() {
        return failureStatuses;
    }

    /**
     * Whether a request to these coordinates could be claimed by both selectors with neither one
     * being more specific: same path prefix, overlapping hosts and ports. Nested prefixes are not a
     * clash: the longer prefix wins.
     */
    public boolean clashesWith(HttpSelector other) {
        return pathPrefix.equals(other.pathPrefix)
                && (port == ANY_PORT || other.port == ANY_PORT || port == other.port)
                && host.intersects(other.host);
    }

    @Override
    public String key() {
        return "http";
    }

    @Override
    public String toHocon() {
        return "http { host = " + Hocon.quote(host.pattern())
                + (port == ANY_PORT ? "" : ", port = " + port)
                + (pathPrefix.isEmpty() ? "" : ", path-prefix = " + Hocon.quote(pathPrefix))
                + ", failure-statuses = " + failureStatuses + " }";
    }
}
