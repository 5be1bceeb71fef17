package dev.tripswitch.config;

import java.util.regex.Pattern;

/** Regular expressions for the Java names a config may hold: classes, methods, parameter types. */
final class JavaNames {
    /** One identifier: {@code PricingClient}, {@code quote}, {@code Outer$Inner}. */
    static final String IDENTIFIER = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*";
    /** A fully qualified name: {@code java.io.IOException}. */
    static final String QUALIFIED = IDENTIFIER + "(?:\\." + IDENTIFIER + ")*";
    static final Pattern QUALIFIED_NAME = Pattern.compile(QUALIFIED);

    private JavaNames() {
    }
}
