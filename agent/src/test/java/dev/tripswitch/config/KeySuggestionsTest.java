package dev.tripswitch.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeySuggestionsTest {
    private static final List<String> KEYS = List.of("minimum-calls", "open-duration", "open-duration-max", "http.failure-statuses");

    @Test
    void suggestsAKeyAFewEditsAway() {
        assertThat(KeySuggestions.nearest("open-duraton", KEYS)).isEqualTo("open-duration");
        assertThat(KeySuggestions.nearest("mimimum-calls", KEYS)).isEqualTo("minimum-calls");
        assertThat(KeySuggestions.nearest("open-durtaion-max", KEYS)).as("a transposition is one edit").isEqualTo("open-duration-max");
    }

    @Test
    void suggestsANestedKeyByItsLastPart() {
        assertThat(KeySuggestions.nearest("failure-status", KEYS)).isEqualTo("http.failure-statuses");
    }

    @Test
    void suggestsNothingForAStrangerKey() {
        assertThat(KeySuggestions.nearest("timeout", KEYS)).isNull();
    }
}
