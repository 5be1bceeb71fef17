package dev.tripswitch.config;

import java.util.List;
import java.util.stream.Collectors;

/** {@code methods = ["com.acme.PricingClient#quote", ...]}: custom classes (SPEC §2.1). */
public final class MethodsSelector extends TargetSelector {
    private final List<MethodPattern> patterns;

    public MethodsSelector(List<MethodPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public List<MethodPattern> patterns() {
        return patterns;
    }

    @Override
    public String key() {
        return "methods";
    }

    @Override
    public String toHocon() {
        return patterns.stream().map(p -> Hocon.quote(p.text())).collect(Collectors.joining(", ", "methods = [", "]"));
    }
}
