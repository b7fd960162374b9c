package org.waypoint.service.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CIP 2020 codes of ETPL programs (PIRL 1305): six digits, NN.NNNN. */
class CipCodeTest {

    @Test
    void aSixDigitCodeWrittenNnDotNnnnIsKeptAsItIs() {
        assertThat(CipCode.normalize("51.3801")).hasValue("51.3801");
        assertThat(CipCode.isCanonical("51.3801")).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
        "' 49.0205 ', 49.0205", // spaces around a pasted code
        "513901, 51.3901", // the six digits without the dot
        "1.0101, 01.0101", // a spreadsheet dropped the leading zero of Agriculture's 01 series
    })
    void unambiguousSpreadsheetFormsAreWrittenNnDotNnnn(String typed, String code) {
        assertThat(CipCode.normalize(typed)).hasValue(code);
        assertThat(CipCode.isCanonical(typed)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(
            strings = {
                "", // nothing
                "51", // a 2-digit series, not a program
                "51.38", // a 4-digit series
                "51.380", // one digit short
                "51.38011", // one digit too many
                "5138.01", // the dot in the wrong place
                "51-3801", // another separator
                "51.38O1", // a letter O for a zero
                "12345", // five digits
            })
    void anythingThatIsNotASixDigitCodeIsRefused(String typed) {
        assertThat(CipCode.normalize(typed)).isEmpty();
    }

    @Test
    void noCodeIsNoCode() {
        assertThat(CipCode.normalize(null)).isEmpty();
        assertThat(CipCode.isCanonical(null)).isFalse();
    }
}
