package dev.tripswitch.config;

/**
 * A pattern where {@code *} stands for any run of characters, except those the glob is told a star
 * cannot cross (a type glob's star stays inside one name: {@code com.acme.*Client} does not reach
 * into {@code com.acme.internal}). Matching allocates nothing.
 */
public final class Glob {
    private final String pattern;
    private final String starExcludes;

    private Glob(String pattern, String starExcludes) {
        this.pattern = pattern;
        this.starExcludes = starExcludes;
    }

    /** A glob whose stars match anything. */
    public static Glob of(String pattern) {
        return new Glob(pattern, "");
    }

    /** A glob whose stars never match any of {@code starExcludes}. */
    public static Glob of(String pattern, String starExcludes) {
        return new Glob(pattern, starExcludes);
    }

    public String pattern() {
        return pattern;
    }

    public boolean isLiteral() {
        return pattern.indexOf('*') < 0;
    }

    public boolean matches(String text) {
        // Greedy two-pointer match with one backtrack point: the last star seen.
        int p = 0;
        int t = 0;
        int starAt = -1;
        int starText = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                starAt = p++;
                starText = t;
            } else if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
                p++;
                t++;
            } else if (starAt >= 0 && starExcludes.indexOf(text.charAt(starText)) < 0) {
                p = starAt + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /** Whether some text matches both globs (both must forbid the same characters to their stars). */
    public boolean intersects(Glob other) {
        String a = pattern;
        String b = other.pattern;
        // reachable[i][j]: some text takes a[..i) and b[..j) to the same point.
        boolean[][] reachable = new boolean[a.length() + 1][b.length() + 1];
        reachable[0][0] = true;
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (!reachable[i][j]) {
                    continue;
                }
                boolean starA = i < a.length() && a.charAt(i) == '*';
                boolean starB = j < b.length() && b.charAt(j) == '*';
                if (starA) {
                    reachable[i + 1][j] = true;                       // a's star ends here
                    if (j < b.length() && !starB && canStarMatch(b.charAt(j))) {
                        reachable[i][j + 1] = true;                   // a's star eats b's literal
                    }
                }
                if (starB) {
                    reachable[i][j + 1] = true;
                    if (i < a.length() && !starA && canStarMatch(a.charAt(i))) {
                        reachable[i + 1][j] = true;
                    }
                }
                if (i < a.length() && j < b.length() && !starA && !starB && a.charAt(i) == b.charAt(j)) {
                    reachable[i + 1][j + 1] = true;
                }
            }
        }
        return reachable[a.length()][b.length()];
    }

    private boolean canStarMatch(char c) {
        return starExcludes.indexOf(c) < 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glob && ((Glob) o).pattern.equals(pattern) && ((Glob) o).starExcludes.equals(starExcludes);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
