package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnetInterestsParserTest {

    private static final OnetInterestsParser PARSER = new OnetInterestsParser();
    private static final String HEADER =
            "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tDate\tDomain Source\n";
    private static ParseResult<OnetInterests> shipped;

    @BeforeAll
    static void parseTheShippedFile() {
        shipped = PARSER.parse(LmiTestFiles.shipped(LmiTestFiles.ONET_INTERESTS));
    }

    @Test
    void nineRowsOfEachOccupationBecomeOneProfile() {
        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.rowsRead()).isEqualTo(8307);
        assertThat(shipped.rows()).hasSize(923);
        assertThat(shipped.vintage()).isEqualTo("O*NET 29.2");
        assertThat(shipped.rows())
                .allSatisfy(profile -> assertThat(profile.highPoints()).matches("[RIASEC]{1,3}"));
    }

    @Test
    void dentalAssistantsAreConventionalRealisticSocial() {
        OnetInterests dentalAssistants = find("31-9091.00");

        assertThat(dentalAssistants.highPoints()).isEqualTo("CRS");
        assertThat(dentalAssistants.realistic()).isEqualByComparingTo("4.49");
        assertThat(dentalAssistants.investigative()).isEqualByComparingTo("3.55");
        assertThat(dentalAssistants.artistic()).isEqualByComparingTo("1.00");
        assertThat(dentalAssistants.social()).isEqualByComparingTo("4.35");
        assertThat(dentalAssistants.enterprising()).isEqualByComparingTo("1.34");
        assertThat(dentalAssistants.conventional()).isEqualByComparingTo("5.46");
    }

    @Test
    void aHighPointOfZeroMeansNoFurtherHighPoint() {
        // 21-1015.00 Rehabilitation Counselors: high-points 4, 0, 0.
        assertThat(find("21-1015.00").highPoints()).isEqualTo("S");
    }

    @Test
    void anOccupationMissingAScaleIsAnErrorOnItsFirstRow() {
        String text = HEADER
                + rows("31-9091.00", "4.49", "3.55", "1.00", "4.35", "1.34", "5.46", "6", "1", "4")
                + rows("31-9092.00", "4.00", "3.00", "1.00", "4.00", "1.00", "5.00", "6", "1", "4")
                        .replaceAll("31-9092.00\t1.B.1.d\tSocial\tOI\t4.00[^\n]*\n", "");

        ParseResult<OnetInterests> result = PARSER.parse(LmiTestFiles.text(text));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(tuple(11, "Element ID", "31-9092.00 has no Social (1.B.1.d, OI) row"));
    }

    @Test
    void badValuesAreRowErrorsNamingRowAndColumn() {
        String text = HEADER
                + rows("31-9091.00", "4.49", "3.55", "1.00", "8.35", "1.34", "5.46", "6", "1.5", "4")
                + "31-9091.00\t1.B.1.z\tOther\tOI\t2.00\t11/2023\tMachine Learning\n"
                + "31-9091.00\t1.B.1.a\tRealistic\tOI\t4.49\t11/2023\tMachine Learning\n";

        ParseResult<OnetInterests> result = PARSER.parse(LmiTestFiles.text(text));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(
                        tuple(5, "Data Value", "8.35 is not an interest score (1 to 7)"),
                        tuple(9, "Data Value", "1.5 is not a high-point (0 for none, 1 to 6 for R, I, A, S, E, C)"),
                        tuple(
                                11,
                                "Element ID",
                                "\"1.B.1.z\" of scale \"OI\" is not a RIASEC interest (1.B.1.a to 1.B.1.f of OI) or"
                                        + " high-point (1.B.1.g to 1.B.1.i of IH)"),
                        tuple(12, "Element ID", "1.B.1.a of 31-9091.00 is already on row 2"));
    }

    @Test
    void aFileWithoutTheScaleColumnIsRefused() {
        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.text(
                        "O*NET-SOC Code\tElement ID\tElement Name\tData Value\tDate\tDomain Source\n")))
                .isInstanceOf(LayoutException.class)
                .hasMessage("O*NET interests: missing column(s) \"Scale ID\"");
    }

    /** The nine rows of one occupation: six OI scores, then the three IH high-points. */
    private static String rows(String code, String... values) {
        String[][] elements = {
            {"1.B.1.a", "Realistic", "OI"},
            {"1.B.1.b", "Investigative", "OI"},
            {"1.B.1.c", "Artistic", "OI"},
            {"1.B.1.d", "Social", "OI"},
            {"1.B.1.e", "Enterprising", "OI"},
            {"1.B.1.f", "Conventional", "OI"},
            {"1.B.1.g", "First Interest High-Point", "IH"},
            {"1.B.1.h", "Second Interest High-Point", "IH"},
            {"1.B.1.i", "Third Interest High-Point", "IH"}
        };
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            text.append(String.join(
                            "\t",
                            code,
                            elements[i][0],
                            elements[i][1],
                            elements[i][2],
                            values[i],
                            "11/2023",
                            "Machine Learning"))
                    .append('\n');
        }
        return text.toString();
    }

    private static OnetInterests find(String code) {
        return shipped.rows().stream()
                .filter(profile -> profile.onetSocCode().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
