package dev.tripswitch.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MethodPatternTest {

    @Test
    void allOverloadsWithoutAParameterList() {
        MethodPattern pattern = MethodPattern.parse("com.acme.PricingClient#quote");

        assertThat(pattern.type().pattern()).isEqualTo("com.acme.PricingClient");
        assertThat(pattern.method().pattern()).isEqualTo("quote");
        assertThat(pattern.allOverloads()).isTrue();
    }

    @Test
    void parameterListIsNormalised() {
        MethodPattern pattern = MethodPattern.parse("com.acme.C#send( java.lang.String , int,byte [], java.lang.Object... )");

        assertThat(pattern.parameters()).containsExactly("java.lang.String", "int", "byte[]", "java.lang.Object[]");
        assertThat(MethodPattern.parse("a.B#m()").parameters()).isEmpty();
        assertThat(MethodPattern.parse("a.B#m()").allOverloads()).isFalse();
    }

    @Test
    void nestedAndDefaultPackageTypes() {
        assertThat(MethodPattern.parse("com.acme.Outer$Inner#run").type().pattern()).isEqualTo("com.acme.Outer$Inner");
        assertThat(MethodPattern.parse("Main#run").type().pattern()).isEqualTo("Main");
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.acme.Client", "com.acme.#get", "com.*.Client#get", "a.B#<init>", "a.B#get(", "a.B#get(int x)", "a.B#"})
    void rejectsWhatIsNotASelector(String text) {
        assertThatThrownBy(() -> MethodPattern.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "a.B#c | a.B#c(int) | true",
            "a.B#c(int) | a.B#c(long) | false",
            "a.B#c(int) | a.B#c(int) | true",
            "a.*Client#get* | a.PricingClient#getQuote | true",
            "a.*Client#get* | a.PricingClient#quote | false",
            "a.*Client#get* | a.b.PricingClient#getQuote | false",
    })
    void overlapsWhenOneMethodCanMatchBoth(String a, String b, boolean expected) {
        assertThat(MethodPattern.parse(a).overlaps(MethodPattern.parse(b))).isEqualTo(expected);
        assertThat(MethodPattern.parse(b).overlaps(MethodPattern.parse(a))).isEqualTo(expected);
    }
}
