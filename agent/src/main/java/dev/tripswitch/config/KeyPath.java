package dev.tripswitch.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Where a value sits in the config, printed as users write it: {@code tripswitch.targets.pricing.methods[0]}. */
final class KeyPath {
    static final KeyPath ROOT = new KeyPath(List.of());

    /** Object keys as strings, list positions as Integers. */
    private final List<Object> steps;

    private KeyPath(List<Object> steps) {
        this.steps = steps;
    }

    static KeyPath of(String... keys) {
        KeyPath path = ROOT;
        for (String key : keys) {
            path = path.child(key);
        }
        return path;
    }

    KeyPath child(String key) {
        return append(key);
    }

    KeyPath index(int position) {
        return append(position);
    }

    private KeyPath append(Object step) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(step);
        return new KeyPath(Collections.unmodifiableList(longer));
    }

    List<Object> steps() {
        return steps;
    }

    /** The last object key, e.g. {@code size} for {@code ...sliding-window.size}. */
    String lastKey() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof String) {
                return (String) steps.get(i);
            }
        }
        return "";
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer) {
                out.append('[').append(step).append(']');
            } else {
                String key = (String) step;
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(key.isEmpty() || key.contains(".") || key.contains(" ") ? Hocon.quote(key) : key);
            }
        }
        return out.toString();
    }
}
