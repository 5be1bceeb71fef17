package dev.tripswitch.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GlobTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
            "jdbc:postgresql://db:5432/orders*, jdbc:postgresql://db:5432/orders, true",
            "jdbc:postgresql://db:5432/orders*, jdbc:postgresql://db:5432/orders_eu?ssl=true, true",
            "jdbc:postgresql://db:5432/orders*, jdbc:postgresql://db:5432/order, false",
            "*, '', true",
            "a*b*c, abbbc, true",
            "a*b*c, acb, false",
            "*.internal, inventory.internal, true",
            "*.internal, inventory.internal.evil.com, false",
    })
    void starsMatchAnyRun(String pattern, String text, boolean expected) {
        assertThat(Glob.of(pattern).matches(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
            "com.acme.*Client, com.acme.PricingClient, true",
            "com.acme.*Client, com.acme.internal.PricingClient, false",
            "com.acme.*, com.acme.a.B, false",
            "get*, getQuote, true",
    })
    void typeGlobStarsStayInsideOneName(String pattern, String text, boolean expected) {
        assertThat(Glob.of(pattern, ".").matches(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} and {1} intersect: {2}")
    @CsvSource({
            "com.acme.*Client, com.acme.Pricing*, true",
            "com.acme.*Client, com.acme.PricingService, false",
            "get*, *Quote, true",
            "get*, set*, false",
            "a*b, a*b, true",
            "*x*, *y*, true",
            "abc, abc, true",
            "abc, abd, false",
            "com.acme.*, com.acme.sub.B, false",
    })
    void intersectionMeansSomeNameMatchesBoth(String a, String b, boolean expected) {
        Glob first = Glob.of(a, ".");
        Glob second = Glob.of(b, ".");

        assertThat(first.intersects(second)).isEqualTo(expected);
        assertThat(second.intersects(first)).isEqualTo(expected);
    }
}
