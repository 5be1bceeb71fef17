package dev.tripswitch.config;

import java.util.BitSet;

/** A set of HTTP status codes (100..599), such as {@code ["5xx", 429]}. */
public final class StatusSet {
    public static final StatusSet SERVER_ERRORS = new Builder().addClass(5).build();

    private final BitSet statuses;
    private final String text;

    private StatusSet(BitSet statuses, String text) {
        this.statuses = statuses;
        this.text = text;
    }

    public boolean contains(int status) {
        return status >= 0 && statuses.get(status);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusSet && ((StatusSet) o).statuses.equals(statuses);
    }

    @Override
    public int hashCode() {
        return statuses.hashCode();
    }

    /** As written in HOCON, e.g. {@code ["5xx", 429]}. */
    @Override
    public String toString() {
        return text;
    }

    public static final class Builder {
        private final BitSet statuses = new BitSet(600);
        private final StringBuilder text = new StringBuilder();

        /** Adds a class of statuses, such as 5 for {@code 5xx}. */
        public Builder addClass(int hundreds) {
            statuses.set(hundreds * 100, hundreds * 100 + 100);
            return append("\"" + hundreds + "xx\"");
        }

        public Builder add(int status) {
            statuses.set(status);
            return append(Integer.toString(status));
        }

        private Builder append(String item) {
            text.append(text.length() == 0 ? "" : ", ").append(item);
            return this;
        }

        public StatusSet build() {
            return new StatusSet((BitSet) statuses.clone(), "[" + text + "]");
        }
    }
}
