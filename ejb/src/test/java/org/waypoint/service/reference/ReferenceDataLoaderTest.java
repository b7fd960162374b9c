package org.waypoint.service.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDataLoaderTest {

    @Test
    void anLwdaCodeIsItsNameInLowerCaseWithDashes() {
        assertThat(ReferenceDataLoader.slug("Kentuckiana Works")).isEqualTo("kentuckiana-works");
        assertThat(ReferenceDataLoader.slug("EKCEP")).isEqualTo("ekcep");
        assertThat(ReferenceDataLoader.slug(" Green River ")).isEqualTo("green-river");
    }
}
