package dev.tripswitch.breaker;

import java.util.List;
import java.util.Set;

/**
 * Decides what a thrown exception means to a breaker ({@code record-exceptions},
 * {@code ignore-exceptions}). Classes are matched by name along the superclass chain, so the rules
 * hold in any class loader and never load a class. The answer is cached per class, so after the
 * first throw of a type classifying it costs a lookup and allocates nothing.
 */
public final class ExceptionClassifier {

    /** What an exception counts as. */
    public enum Verdict {
        /** A failure of the dependency. */
        FAILURE,
        /** Not a failure: {@code record-exceptions} is set and does not list it. The dependency answered. */
        SUCCESS,
        /** Passed on to the caller and not counted at all. */
        IGNORED
    }

    private final Set<String> recorded;
    private final Set<String> ignored;
    private final ClassValue<Verdict> verdicts = new ClassValue<>() {
        @Override
        protected Verdict computeValue(Class<?> type) {
            return classify(type);
        }
    };

    public ExceptionClassifier(List<String> recordExceptions, List<String> ignoreExceptions) {
        this.recorded = Set.copyOf(recordExceptions);
        this.ignored = Set.copyOf(ignoreExceptions);
    }

    public Verdict classify(Throwable thrown) {
        return verdicts.get(thrown.getClass());
    }

    private Verdict classify(Class<?> type) {
        // Ignoring wins over recording, as in Resilience4j: a subtype may be ignored inside a recorded family.
        if (extendsAny(type, ignored)) {
            return Verdict.IGNORED;
        }
        if (recorded.isEmpty() || extendsAny(type, recorded)) {
            return Verdict.FAILURE;
        }
        return Verdict.SUCCESS;
    }

    private static boolean extendsAny(Class<?> type, Set<String> names) {
        if (names.isEmpty()) {
            return false;
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (names.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
