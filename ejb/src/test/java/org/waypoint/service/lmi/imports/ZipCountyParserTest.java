package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ZipCountyParserTest {

    private static final ZipCountyParser PARSER = new ZipCountyParser();

    @Test
    void theHudFileWithItsByteOrderMarkAndCrLfLineEndsParses() throws IOException {
        try (InputStream in = LmiTestFiles.fixture("geo/ZIP_COUNTY.csv", "zip-county-head.csv")) {
            ParseResult<ZipCounty> result = PARSER.parse(in);

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).hasSize(result.rowsRead()).isNotEmpty();
            assertThat(result.rows().get(0)).isEqualTo(new ZipCounty("00683", "72125"));
        }
    }

    @Test
    void aZipInSeveralCountiesKeepsEveryPair() {
        ParseResult<ZipCounty> result = PARSER.parse(LmiTestFiles.text("zip,county\r\n40601,21073\r\n40601,21005\r\n"));

        assertThat(result.rows()).containsExactly(new ZipCounty("40601", "21073"), new ZipCounty("40601", "21005"));
    }

    @Test
    void badCodesAndRepeatedPairsAreRowErrorsWithTheRowNumber() {
        ParseResult<ZipCounty> result =
                PARSER.parse(LmiTestFiles.text("zip,county\n4050,21067\n40507,2106X\n40507,21067\n40507,21067\n"));

        assertThat(result.errors())
                .extracting(RowError::toString)
                .containsExactly(
                        "row 2, column \"zip\": \"4050\" is not a 5-digit ZIP code",
                        "row 3, column \"county\": \"2106X\" is not a 5-digit county FIPS code",
                        "row 5, column \"zip\": 40507 with county 21067 is already on row 4");
        assertThat(result.rows()).containsExactly(new ZipCounty("40507", "21067"));
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.text("zip,fips\n40507,21067\n")))
                .isInstanceOf(LayoutException.class)
                .hasMessage("ZIP-county crosswalk: missing column(s) \"county\"; unexpected column(s) \"fips\"");
    }
}
