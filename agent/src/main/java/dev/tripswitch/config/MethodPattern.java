package dev.tripswitch.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A method selector of SPEC §2.1: {@code fully.qualified.Type#method} (every overload) or
 * {@code fully.qualified.Type#method(java.lang.String, int, byte[])}. {@code *} is a glob in the
 * type's simple name and in the method name.
 */
public final class MethodPattern {
    private static final Pattern PACKAGE = Pattern.compile("(?:" + JavaNames.IDENTIFIER + "\\.)*");
    /** A simple class name or a method name, with {@code *} globs. */
    private static final Pattern NAME_GLOB = Pattern.compile("[\\p{javaJavaIdentifierPart}*]+");
    private static final Pattern PARAMETER = Pattern.compile(JavaNames.QUALIFIED + "(\\[])*");

    private final String text;
    private final Glob type;
    private final Glob method;
    /** Parameter type names as written (arrays as {@code byte[]}), or null for every overload. */
    private final List<String> parameters;

    private MethodPattern(String text, Glob type, Glob method, List<String> parameters) {
        this.text = text;
        this.type = type;
        this.method = method;
        this.parameters = parameters;
    }

    /**
     * Parses a selector.
     *
     * @throws IllegalArgumentException with a message saying what is wrong and how it should look
     */
    public static MethodPattern parse(String text) {
        String s = text.trim();
        int hash = s.indexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException("no '#' between type and method");
        }
        String typeName = s.substring(0, hash);
        String rest = s.substring(hash + 1);
        int lastDot = typeName.lastIndexOf('.');
        String packagePrefix = typeName.substring(0, lastDot + 1);
        String simpleName = typeName.substring(lastDot + 1);
        if (!PACKAGE.matcher(packagePrefix).matches() || !NAME_GLOB.matcher(simpleName).matches()) {
            throw new IllegalArgumentException("'" + typeName + "' is not a fully qualified type name"
                    + (packagePrefix.contains("*") ? " ('*' is allowed in the simple name only)" : ""));
        }

        String methodName = rest;
        List<String> parameters = null;
        int open = rest.indexOf('(');
        if (open >= 0) {
            if (!rest.endsWith(")")) {
                throw new IllegalArgumentException("parameter list not closed with ')'");
            }
            methodName = rest.substring(0, open);
            parameters = parseParameters(rest.substring(open + 1, rest.length() - 1));
        }
        if (methodName.equals("<init>") || methodName.equals("<clinit>")) {
            throw new IllegalArgumentException("constructors and static initialisers are never guarded");
        }
        if (!NAME_GLOB.matcher(methodName).matches()) {
            throw new IllegalArgumentException("'" + methodName + "' is not a method name");
        }
        return new MethodPattern(s, Glob.of(typeName, "."), Glob.of(methodName), parameters);
    }

    private static List<String> parseParameters(String list) {
        if (list.isBlank()) {
            return List.of();
        }
        List<String> parameters = new ArrayList<>();
        for (String raw : list.split(",", -1)) {
            String parameter = raw.trim().replace("...", "[]").replaceAll("\\s+\\[", "[");
            if (!PARAMETER.matcher(parameter).matches()) {
                throw new IllegalArgumentException("'" + raw.trim() + "' is not a parameter type"
                        + " (write java.lang.String, int, byte[])");
            }
            parameters.add(parameter);
        }
        return Collections.unmodifiableList(parameters);
    }

    public String text() {
        return text;
    }

    public Glob type() {
        return type;
    }

    public Glob method() {
        return method;
    }

    /** Every overload is selected. */
    public boolean allOverloads() {
        return parameters == null;
    }

    /** The parameter types, when a list was given. */
    public List<String> parameters() {
        return parameters == null ? List.of() : parameters;
    }

    /** Whether a method could be selected by both patterns. */
    public boolean overlaps(MethodPattern other) {
        return type.intersects(other.type)
                && method.intersects(other.method)
                && (parameters == null || other.parameters == null || parameters.equals(other.parameters));
    }

    @Override
    public String toString() {
        return text;
    }
}
