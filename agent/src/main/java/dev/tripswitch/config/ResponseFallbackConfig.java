package dev.tripswitch.config;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code fallback { response { status = 503, body = "...", headers { ... } } }}: a synthetic
 * response of the HTTP client's own type (HTTP targets only).
 */
public final class ResponseFallbackConfig extends FallbackConfig {
    public static final int DEFAULT_STATUS = 503;

    private final int status;
    private final String body;
    private final Map<String, List<String>> headers;

    ResponseFallbackConfig(int status, String body, Map<String, List<String>> headers, boolean onFailure) {
        super(onFailure);
        this.status = status;
        this.body = body;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    /** Header names to their values, sorted by name (HOCON objects keep no order). */
    public Map<String, List<String>> headers() {
        return headers;
    }

    @Override
    public String kind() {
        return "response";
    }

    @Override
    String kindToHocon() {
        String headerText = headers.entrySet().stream()
                .map(h -> Hocon.quote(h.getKey()) + " = " + (h.getValue().size() == 1
                        ? Hocon.quote(h.getValue().get(0))
                        : h.getValue().stream().map(Hocon::quote).collect(Collectors.joining(", ", "[", "]"))))
                .collect(Collectors.joining(", ", "headers { ", " }"));
        return "response { status = " + status + ", body = " + Hocon.quote(body)
                + (headers.isEmpty() ? "" : ", " + headerText) + " }";
    }
}
