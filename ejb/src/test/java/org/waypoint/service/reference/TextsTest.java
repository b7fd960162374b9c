package org.waypoint.service.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void nothingButSpacesIsNothing() {
        assertThat(Texts.trimmed("  ")).isNull();
        assertThat(Texts.trimmed(null)).isNull();
        assertThat(Texts.trimmed("  Welding ")).isEqualTo("Welding");
    }

    @Test
    void aSearchFindsTheWordAnywhereInAnyCase() {
        assertThat(Texts.containsPattern(" Nurs ")).isEqualTo("%nurs%");
        assertThat(Texts.containsPattern("")).isEqualTo("%");
        assertThat(Texts.containsPattern(null)).isEqualTo("%");
    }

    @Test
    void typedWildcardsMatchNothingMore() {
        assertThat(Texts.containsPattern("100%_")).isEqualTo("%100%");
    }
}
