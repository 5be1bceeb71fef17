package dev.tripswitch.config;

import java.util.Collection;
import java.util.Locale;

/** Finds the valid word a typo was meant to be: "did you mean failure-rate-threshold?". */
final class KeySuggestions {
    private KeySuggestions() {
    }

    /**
     * The nearest candidate within a few edits, or null when nothing is close. A nested candidate
     * such as {@code http.failure-statuses} is also near what is near its last key.
     */
    static String nearest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String lastKey = candidate.substring(candidate.lastIndexOf('.') + 1);
            int distance = Math.min(distance(typed, candidate), distance(typed, lastKey));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(2, typed.length() / 4);
        return bestDistance <= tolerated ? best : null;
    }

    private static int distance(String typed, String candidate) {
        // camelCase and snake_case spellings of a key are the same key to a reader
        return normalize(candidate).equals(normalize(typed)) ? 0 : editDistance(typed, candidate);
    }

    private static String normalize(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance, with a transposition of neighbours counted as one edit. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
