package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SocCodeTest {

    @ParameterizedTest
    @CsvSource({
        "319091, 31-9091", // KYSTATS
        "31-9091, 31-9091", // BLS
        "31-9091.00, 31-9091", // O*NET
        "11-1011.03, 11-1011", // an O*NET occupation inside a SOC one
        "000000, 00-0000", // all occupations
        "' 29-1141 ', 29-1141"
    })
    void everyPublishedFormBecomesNnDashNnnn(String published, String normalised) {
        assertThat(SocCode.normalise(published)).isEqualTo(normalised);
        assertThat(SocCode.isNormalised(normalised)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "3190911", "31-909", "31_9091", "3l-9091", "31-9091.0", "31-9091.000", "", " "})
    void anythingElseIsRejectedWithTheValueInTheMessage(String bad) {
        assertThatThrownBy(() -> SocCode.normalise(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a SOC code");
        assertThat(SocCode.isNormalised(bad)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"29-1141", "291141.00", "29-1141.1", "29-1141.001"})
    void anOnetSocCodeNeedsItsTwoDigitSuffix(String bad) {
        assertThatThrownBy(() -> SocCode.onetSocCode(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + bad + "\" is not an O*NET-SOC code (expected NN-NNNN.NN)");
        assertThat(SocCode.onetSocCode(" 29-1141.01 ")).isEqualTo("29-1141.01");
    }

    @Test
    void theMessageNamesTheBadValue() {
        assertThatThrownBy(() -> SocCode.normalise("12345"))
                .hasMessage("\"12345\" is not a SOC code (expected NN-NNNN, NNNNNN or an O*NET-SOC code NN-NNNN.NN)");
        assertThatThrownBy(() -> SocCode.normalise(null)).hasMessageStartingWith("An empty cell is not a SOC code");
    }
}
