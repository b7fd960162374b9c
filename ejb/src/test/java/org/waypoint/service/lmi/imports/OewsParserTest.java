package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OewsParserTest {

    private static final OewsParser PARSER = new OewsParser();
    private static ParseResult<OewsRow> national;
    private static ParseResult<OewsRow> newYorkMetros;

    @BeforeAll
    static void parseTheShippedFileAndTheMetroFixture() throws IOException {
        national = PARSER.parse(LmiTestFiles.shipped(LmiTestFiles.OEWS_NATIONAL));
        try (InputStream in =
                LmiTestFiles.fixture("oews/MSA_M2023_dl-new-york-subset.xlsx", "MSA_M2023_dl-new-york-subset.xlsx")) {
            newYorkMetros = PARSER.parse(in);
        }
    }

    @Test
    void everyRowOfTheNationalFileParses() {
        assertThat(national.errors()).isEmpty();
        assertThat(national.rowsRead()).isEqualTo(1403);
        assertThat(national.rows()).hasSize(1403);
        assertThat(national.vintage()).isEqualTo("BLS OEWS May 2024");
        assertThat(national.rows().stream().collect(Collectors.groupingBy(OewsRow::oGroup, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("total", 1L, "major", 22L, "minor", 94L, "broad", 455L, "detailed", 831L));
    }

    @Test
    void theNationalAllOccupationsRow() {
        OewsRow total = find(national, "99", "00-0000");

        assertThat(total.areaTitle()).isEqualTo("U.S.");
        assertThat(total.areaType()).isEqualTo(1);
        assertThat(total.primState()).isEqualTo("US");
        assertThat(total.naics()).isEqualTo("000000");
        assertThat(total.occTitle()).isEqualTo("All Occupations");
        assertThat(total.oGroup()).isEqualTo("total");
        assertThat(total.totEmp()).isEqualTo(154_187_380);
        assertThat(total.hMean()).isEqualByComparingTo("32.66");
        assertThat(total.aMean()).isEqualTo(67_920);
        assertThat(total.hMedian()).isEqualByComparingTo("23.80");
        assertThat(total.aMedian()).isEqualTo(49_500);
        assertThat(total.aPct10()).isEqualTo(29_990);
        assertThat(total.aPct90()).isEqualTo(125_720);
        assertThat(total.jobsPer1000()).isNull();
        assertThat(total.topCoded()).isEmpty();
    }

    @Test
    void dentalAssistantsNationally() {
        OewsRow row = find(national, "99", "31-9091");

        assertThat(row.occTitle()).isEqualTo("Dental Assistants");
        assertThat(row.oGroup()).isEqualTo("detailed");
        assertThat(row.totEmp()).isEqualTo(375_430);
        assertThat(row.hMedian()).isEqualByComparingTo("22.74");
        assertThat(row.hPct25()).isEqualByComparingTo("19");
        assertThat(row.aMedian()).isEqualTo(47_300);
        assertThat(row.annualOnly()).isFalse();
        assertThat(row.hourlyOnly()).isFalse();
    }

    @Test
    void topCodedWagesAreNullAndFlagged() {
        // Chief Executives: "#" in the 75th and 90th percentiles, hourly and annual.
        OewsRow chiefExecutives = find(national, "99", "11-1011");

        assertThat(chiefExecutives.aMedian()).isEqualTo(206_420);
        assertThat(chiefExecutives.aPct75()).isNull();
        assertThat(chiefExecutives.aPct90()).isNull();
        assertThat(chiefExecutives.hPct90()).isNull();
        assertThat(chiefExecutives.topCoded())
                .containsExactlyInAnyOrder(
                        OewsColumn.H_PCT75, OewsColumn.H_PCT90, OewsColumn.A_PCT75, OewsColumn.A_PCT90);
        assertThat(chiefExecutives.isTopCoded(OewsColumn.A_MEDIAN)).isFalse();
        // 113 hourly and 122 annual "#" cells in the national file.
        assertThat(national.rows().stream()
                        .mapToInt(row -> row.topCoded().size())
                        .sum())
                .isEqualTo(235);
    }

    @Test
    void suppressedWagesAreNullForAnnualOnlyAndHourlyOnlyOccupations() {
        OewsRow teachers = find(national, "99", "25-2021");
        OewsRow musicians = find(national, "99", "27-2042");

        assertThat(teachers.annualOnly()).isTrue();
        assertThat(teachers.hMean()).isNull();
        assertThat(teachers.hMedian()).isNull();
        assertThat(teachers.aMedian()).isEqualTo(62_340);
        assertThat(teachers.topCoded()).isEmpty();
        assertThat(musicians.hourlyOnly()).isTrue();
        assertThat(musicians.aMean()).isNull();
        assertThat(musicians.hMedian()).isEqualByComparingTo("42.45");
        assertThat(national.rows().stream().filter(OewsRow::annualOnly)).hasSize(83);
        assertThat(national.rows().stream().filter(OewsRow::hourlyOnly)).hasSize(7);
    }

    @Test
    void theMetroFileOfAnotherYearHasTheSameLayout() {
        assertThat(newYorkMetros.errors()).isEmpty();
        assertThat(newYorkMetros.rows()).hasSize(5105);
        assertThat(newYorkMetros.vintage()).isEqualTo("BLS OEWS May 2023");
        assertThat(newYorkMetros.rows())
                .allMatch(row -> row.areaType() == 4 && row.primState().equals("NY"));
        assertThat(newYorkMetros.rows().stream().map(OewsRow::areaCode).distinct())
                .hasSize(12);

        OewsRow dentalAssistants = find(newYorkMetros, "35620", "31-9091");
        assertThat(dentalAssistants.areaTitle()).isEqualTo("New York-Newark-Jersey City, NY-NJ-PA");
        assertThat(dentalAssistants.totEmp()).isEqualTo(19_770);
        assertThat(dentalAssistants.jobsPer1000()).isEqualByComparingTo("2.082");
        assertThat(dentalAssistants.locationQuotient()).isEqualByComparingTo("0.85");
        assertThat(dentalAssistants.hPct25()).isEqualByComparingTo("18.31");
    }

    @Test
    void suppressedEmploymentIsNull() {
        // Marketing Managers in Albany-Schenectady-Troy: "**" employment, wages published, "#" at the 90th.
        OewsRow marketingManagers = find(newYorkMetros, "10580", "11-2021");

        assertThat(marketingManagers.totEmp()).isNull();
        assertThat(marketingManagers.jobsPer1000()).isNull();
        assertThat(marketingManagers.locationQuotient()).isNull();
        assertThat(marketingManagers.aMedian()).isEqualTo(135_580);
        assertThat(marketingManagers.hMedian()).isEqualByComparingTo("65.18");
        assertThat(marketingManagers.topCoded()).containsExactlyInAnyOrder(OewsColumn.H_PCT90, OewsColumn.A_PCT90);
        assertThat(newYorkMetros.rows().stream().filter(row -> row.totEmp() == null))
                .hasSize(56);
    }

    @Test
    void aMissingColumnIsNamed() {
        List<Object> header = new ArrayList<>(headers());
        header.remove(OewsColumn.PRIM_STATE.ordinal());

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.xlsx("state_M2024_dl", List.of(header))))
                .isInstanceOf(LayoutException.class)
                .hasMessage("BLS OEWS: missing column(s) \"PRIM_STATE\"");
    }

    @Test
    void anUnexpectedColumnIsNamed() {
        List<Object> header = new ArrayList<>(headers());
        header.add("A_PCT95");

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.xlsx("state_M2024_dl", List.of(header))))
                .isInstanceOf(LayoutException.class)
                .hasMessage("BLS OEWS: unexpected column(s) \"A_PCT95\"");
    }

    @Test
    void lowerCaseHeadersOfOlderFilesAreTolerated() {
        List<Object> header = headers().stream()
                .map(name -> (Object) name.toString().toLowerCase())
                .toList();

        ParseResult<OewsRow> result = PARSER.parse(LmiTestFiles.xlsx("state_M2024_dl", List.of(header, kentucky())));

        assertThat(result.errors()).isEmpty();
        assertThat(result.vintage()).isEqualTo("BLS OEWS May 2024");
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.areaCode()).isEqualTo("21");
            assertThat(row.aMedian()).isEqualTo(43_390);
            assertThat(row.topCoded()).containsExactly(OewsColumn.A_PCT90);
        });
    }

    @Test
    void badValuesBecomeRowErrorsAndTheGoodRowsStillParse() {
        List<Object> notANumber = new ArrayList<>(kentucky());
        notANumber.set(OewsColumn.TOT_EMP.ordinal(), "abc");
        List<Object> badCode = new ArrayList<>(kentucky());
        badCode.set(OewsColumn.OCC_CODE.ordinal(), "12345");
        List<Object> topCodedEmployment = new ArrayList<>(kentucky());
        topCodedEmployment.set(OewsColumn.TOT_EMP.ordinal(), "#");
        topCodedEmployment.set(OewsColumn.O_GROUP.ordinal(), "specific");

        ParseResult<OewsRow> result = PARSER.parse(LmiTestFiles.xlsx(
                "state_M2024_dl", List.of(headers(), kentucky(), notANumber, badCode, topCodedEmployment, kentucky())));

        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.rows()).hasSize(2);
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(
                        tuple(3, "TOT_EMP", "\"abc\" is not a number"),
                        tuple(
                                4,
                                "OCC_CODE",
                                "\"12345\" is not a SOC code (expected NN-NNNN, NNNNNN or an O*NET-SOC code NN-NNNN.NN)"),
                        tuple(5, "O_GROUP", "\"specific\" is none of total, major, minor, broad, detailed"),
                        tuple(5, "TOT_EMP", "\"#\" (top-coded) is only used for wages"));
    }

    @Test
    void aWorkbookThatDoesNotSayItsReleaseIsRefused() {
        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.xlsx("Sheet1", List.of(headers(), kentucky()))))
                .isInstanceOf(LayoutException.class)
                .hasMessageStartingWith("BLS OEWS: the workbook does not say which release it is");
    }

    @Test
    void aTruncatedWorkbookIsUnreadable() {
        byte[] bytes = LmiTestFiles.shippedBytes(LmiTestFiles.OEWS_NATIONAL);

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.firstHalf(bytes)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("BLS OEWS: the file cannot be read as an Excel workbook");
    }

    private static OewsRow find(ParseResult<OewsRow> result, String area, String occCode) {
        return result.rows().stream()
                .filter(row -> row.areaCode().equals(area) && row.occCode().equals(occCode))
                .findFirst()
                .orElseThrow();
    }

    private static List<Object> headers() {
        return Arrays.stream(OewsColumn.values())
                .map(OewsColumn::header)
                .map(Object.class::cast)
                .toList();
    }

    /** A made-up Kentucky statewide row in the published layout ("#" at the annual 90th percentile). */
    private static List<Object> kentucky() {
        return Arrays.asList(
                "21",
                "Kentucky",
                "2",
                "KY",
                "000000",
                "Cross-industry",
                "cross-industry",
                "1235",
                "31-9091",
                "Dental Assistants",
                "detailed",
                3420,
                3.1,
                1.7,
                0.9,
                null,
                null,
                21.5,
                44720,
                1.2,
                15.1,
                17.2,
                20.86,
                24.1,
                28.3,
                31400,
                35780,
                43390,
                50130,
                "#",
                null,
                null);
    }
}
