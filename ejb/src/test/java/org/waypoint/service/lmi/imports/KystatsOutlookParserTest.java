package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.imports.KystatsOutlookParser.Column;

class KystatsOutlookParserTest {

    private static final KystatsOutlookParser PARSER = new KystatsOutlookParser();
    private static ParseResult<OutlookRow> shipped;

    @BeforeAll
    static void parseTheShippedFile() {
        shipped = PARSER.parse(LmiTestFiles.shipped(LmiTestFiles.KYSTATS));
    }

    @Test
    void everyDataRowOfTheShippedFileParses() {
        // 5,246 rows in the sheet: the header and 5,245 data rows (plus one formatted, empty row).
        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.rowsRead()).isEqualTo(5245);
        assertThat(shipped.rows()).hasSize(5245);
        assertThat(shipped.vintage()).isEqualTo("KYSTATS Occupational Outlook 2022-2032");
    }

    @Test
    void coversKentuckyAndItsTenLocalWorkforceAreas() {
        Map<String, Long> rowsByArea =
                shipped.rows().stream().collect(Collectors.groupingBy(OutlookRow::areaName, Collectors.counting()));
        assertThat(rowsByArea)
                .containsEntry("Kentucky", 733L)
                .containsEntry("Bluegrass LWA", 613L)
                .containsEntry("TENCO LWA", 365L)
                .containsOnlyKeys(
                        "Kentucky",
                        "Bluegrass LWA",
                        "Cumberlands LWA",
                        "EKCEP LWA",
                        "Green River LWA",
                        "Kentuckiana Works LWA",
                        "Lincoln Trail LWA",
                        "Northern Kentucky LWA",
                        "South Central LWA",
                        "TENCO LWA",
                        "West Kentucky LWA");
        assertThat(shipped.rows())
                .allMatch(row ->
                        (row.level() == AreaLevel.STATE) == row.areaName().equals("Kentucky"));
    }

    @Test
    void dentalAssistantsInTheBluegrassLwa() {
        OutlookRow row = find("Bluegrass LWA", "31-9091");

        assertThat(row.title()).isEqualTo("Dental Assistants");
        assertThat(row.level()).isEqualTo(AreaLevel.LWA);
        assertThat(row.detailed()).isTrue();
        assertThat(row.baseEmployment()).isEqualTo(834);
        assertThat(row.projectedEmployment()).isEqualTo(911);
        assertThat(row.change()).isEqualTo(77);
        assertThat(row.percentChange()).isEqualByComparingTo("9.2326");
        assertThat(row.annualizedPercentGrowth()).isEqualByComparingTo("0.887");
        assertThat(row.exits()).isEqualTo(485);
        assertThat(row.transfers()).isEqualTo(710);
        assertThat(row.openings()).isEqualTo(1272);
        assertThat(row.meanWage()).isEqualTo(39647);
        assertThat(row.entryWage()).isEqualTo(28237);
        assertThat(row.pct25Wage()).isEqualTo(31286);
        assertThat(row.medianWage()).isEqualTo(38758);
        assertThat(row.pct75Wage()).isEqualTo(46649);
        assertThat(row.experiencedWage()).isEqualTo(51813);
        assertThat(row.typicalEducation()).isEqualTo("Postsecondary nondegree award");
        assertThat(row.workExperience()).isEqualTo("None");
        assertThat(row.onTheJobTraining()).isEqualTo("None");
    }

    @Test
    void theAllOccupationsTotalIsKeptAsSoc00_0000() {
        OutlookRow total = find("Kentucky", "00-0000");

        assertThat(total.isAllOccupations()).isTrue();
        assertThat(total.title()).isEqualTo("Total All occupations");
        assertThat(total.detailed()).isFalse();
        assertThat(total.baseEmployment()).isEqualTo(2_049_528);
        assertThat(total.projectedEmployment()).isEqualTo(2_146_969);
        assertThat(total.change()).isEqualTo(97_441);
        assertThat(total.percentChange()).isEqualTo(new BigDecimal("4.7543"));
        assertThat(total.openings()).isEqualTo(2_391_462);
        assertThat(total.medianWage()).isEqualTo(43_730);
        assertThat(total.typicalEducation()).isNull();
        assertThat(shipped.rows().stream().filter(OutlookRow::isAllOccupations))
                .hasSize(11)
                .allMatch(row -> !row.detailed());
    }

    @Test
    void majorGroupsAreNotDetailed() {
        OutlookRow management = find("Kentucky", "11-0000");

        assertThat(management.title()).isEqualTo("Management Occupations");
        assertThat(management.detailed()).isFalse();
        assertThat(management.baseEmployment()).isEqualTo(132_055);
        assertThat(shipped.rows().stream().filter(row -> !row.detailed() && !row.isAllOccupations()))
                .hasSize(242);
        assertThat(shipped.rows().stream().filter(OutlookRow::detailed)).hasSize(4992);
    }

    @Test
    void suppressedWagesAreNullNeverZero() {
        // Chief Executives, statewide: the 75th percentile and experienced wage cells are empty.
        OutlookRow chiefExecutives = find("Kentucky", "11-1011");

        assertThat(chiefExecutives.medianWage()).isEqualTo(171_990);
        assertThat(chiefExecutives.pct75Wage()).isNull();
        assertThat(chiefExecutives.experiencedWage()).isNull();
        assertThat(shipped.rows().stream().filter(row -> row.medianWage() == null))
                .hasSize(388);
        assertThat(shipped.rows())
                .noneMatch(row -> Integer.valueOf(0).equals(row.medianWage())
                        || Integer.valueOf(0).equals(row.experiencedWage()));
    }

    @Test
    void theCorrectedSpellingSurroundingSpacesAndLetterCaseAreTolerated() {
        List<Object> header = new ArrayList<>(headers());
        header.set(Column.PCT25_WAGE.ordinal(), "25th Percentile Annual");
        header.set(Column.AREA_NAME.ordinal(), "  AREA NAME ");
        header.set(Column.MEDIAN_WAGE.ordinal(), "median annual");

        ParseResult<OutlookRow> result = PARSER.parse(LmiTestFiles.xlsx("Sheet1", List.of(header, dentalAssistants())));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.areaName()).isEqualTo("Bluegrass LWA");
            assertThat(row.pct25Wage()).isEqualTo(31286);
            assertThat(row.medianWage()).isEqualTo(38758);
        });
    }

    @Test
    void aLaterReleaseNamesItsVintageAfterTheYearsInItsHeaders() {
        List<Object> header = new ArrayList<>(headers());
        header.set(Column.BASE_EMPLOYMENT.ordinal(), "2024 Estimated Employment");
        header.set(Column.PROJECTED_EMPLOYMENT.ordinal(), "2034 Projected Employment");

        ParseResult<OutlookRow> result = PARSER.parse(LmiTestFiles.xlsx("Sheet1", List.of(header, dentalAssistants())));

        assertThat(result.errors()).isEmpty();
        assertThat(result.vintage()).isEqualTo("KYSTATS Occupational Outlook 2024-2034");
        assertThat(result.rows()).singleElement().extracting(OutlookRow::soc).isEqualTo("31-9091");
    }

    @Test
    void employmentHeadersWithoutYearsAreRefused() {
        List<Object> header = new ArrayList<>(headers());
        header.set(Column.BASE_EMPLOYMENT.ordinal(), "2032 Estimated Employment");

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.xlsx("Sheet1", List.of(header, dentalAssistants()))))
                .isInstanceOf(LayoutException.class)
                .hasMessageContaining("do not name a base year and a later projection year");
    }

    @Test
    void aMissingColumnIsNamed() {
        List<Object> header = new ArrayList<>(headers());
        header.remove(Column.MEDIAN_WAGE.ordinal());
        List<Object> row = new ArrayList<>(dentalAssistants());
        row.remove(Column.MEDIAN_WAGE.ordinal());

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.xlsx("Sheet1", List.of(header, row))))
                .isInstanceOf(LayoutException.class)
                .isNotInstanceOf(UnreadableFileException.class)
                .hasMessage("KYSTATS occupational outlook: missing column(s) \"Median Annual\"");
    }

    @Test
    void anUnexpectedColumnIsNamedWithTheMissingOnes() {
        List<Object> header = new ArrayList<>(headers());
        header.set(Column.MEDIAN_WAGE.ordinal(), "Median Annual Wage");
        header.add("Foo");

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.xlsx("Sheet1", List.of(header, dentalAssistants()))))
                .isInstanceOf(LayoutException.class)
                .hasMessage("KYSTATS occupational outlook: missing column(s) \"Median Annual\";"
                        + " unexpected column(s) \"Median Annual Wage\", \"Foo\"");
    }

    @Test
    void aTypoOtherThanThePublishedOneIsNotTolerated() {
        List<Object> header = new ArrayList<>(headers());
        header.set(Column.MEAN_WAGE.ordinal(), "Mean Anual");

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.xlsx("Sheet1", List.of(header, dentalAssistants()))))
                .hasMessage("KYSTATS occupational outlook: missing column(s) \"Mean Annual\";"
                        + " unexpected column(s) \"Mean Anual\"");
    }

    @Test
    void badValuesBecomeRowErrorsAndTheGoodRowsStillParse() {
        List<Object> notANumber = new ArrayList<>(dentalAssistants());
        notANumber.set(Column.BASE_EMPLOYMENT.ordinal(), "abc");
        List<Object> badSoc = new ArrayList<>(dentalAssistants());
        badSoc.set(Column.SOC.ordinal(), "12345");
        List<Object> fraction = new ArrayList<>(dentalAssistants());
        fraction.set(Column.OPENINGS.ordinal(), 12.5);

        ParseResult<OutlookRow> result = PARSER.parse(LmiTestFiles.xlsx(
                "Sheet1", List.of(headers(), dentalAssistants(), notANumber, badSoc, dentalAssistants(), fraction)));

        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.rows()).hasSize(2);
        assertThat(result.isClean()).isFalse();
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(
                        tuple(3, "2022 Estimated Employment", "\"abc\" is not a number"),
                        tuple(
                                4,
                                "Standard Occupational Classification (SOC)",
                                "\"12345\" is not a SOC code (expected NN-NNNN, NNNNNN or an O*NET-SOC code NN-NNNN.NN)"),
                        tuple(6, "Openings", "\"12.5\" is not a whole number"));
    }

    @Test
    void aTruncatedWorkbookIsUnreadable() {
        byte[] bytes = LmiTestFiles.shippedBytes(LmiTestFiles.KYSTATS);

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.firstHalf(bytes)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("KYSTATS occupational outlook: the file cannot be read as an Excel workbook");
    }

    @Test
    void aTextFileIsUnreadable() {
        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.text("Area Name,Area Type\nKentucky,State Level\n")))
                .isInstanceOf(UnreadableFileException.class);
    }

    private static OutlookRow find(String area, String soc) {
        return shipped.rows().stream()
                .filter(row -> row.areaName().equals(area) && row.soc().equals(soc))
                .findFirst()
                .orElseThrow();
    }

    private static List<Object> headers() {
        return Arrays.stream(Column.values())
                .map(Column::header)
                .map(Object.class::cast)
                .toList();
    }

    /** Row 1059 of the shipped file as KYSTATS writes it: SOC as text, numbers as numbers. */
    private static List<Object> dentalAssistants() {
        return Arrays.asList(
                "Bluegrass LWA",
                "LWA Level",
                "Dental Assistants",
                "319091",
                "31",
                "",
                834,
                911,
                77,
                9.2326,
                0.887,
                485,
                710,
                1272,
                39647,
                28237,
                31286,
                38758,
                46649,
                51813,
                "Postsecondary nondegree award",
                "None",
                "None");
    }
}
