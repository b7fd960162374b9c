package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.imports.OnetEducationParser.Column;

class OnetEducationParserTest {

    private static final OnetEducationParser PARSER = new OnetEducationParser();
    private static ParseResult<OnetEducationProfile> shipped;

    @BeforeAll
    static void parseTheShippedFile() {
        // The workbook Waypoint shipped before O*NET 29.2 (November 2023), kept as a fixture of its layout.
        shipped = PARSER.parse(
                LmiTestFiles.testFixture(LmiTestFiles.ONET_EDUCATION_XLSX),
                "O*NET Education, Training, and Experience, November 2023");
    }

    @Test
    void everyRowOfTheShippedFileIsReadAndEveryOccupationHasAProfile() {
        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.rowsRead()).isEqualTo(35_881);
        assertThat(shipped.rows()).hasSize(852);
        assertThat(shipped.vintage()).isEqualTo("O*NET Education, Training, and Experience, November 2023");
        assertThat(shipped.rows()).allSatisfy(profile -> {
            assertThat(profile.requiredEducation()).hasSize(12);
            BigDecimal total = profile.requiredEducation().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).isBetween(new BigDecimal("99.9"), new BigDecimal("100.1"));
        });
    }

    @Test
    void dentalAssistantsMostOftenNeedAPostSecondaryCertificate() {
        OnetEducationProfile profile = find("31-9091.00");

        assertThat(profile.soc()).isEqualTo("31-9091");
        assertThat(profile.title()).isEqualTo("Dental Assistants");
        assertThat(profile.requiredEducation())
                .containsEntry(RequiredEducation.LESS_THAN_HIGH_SCHOOL, new BigDecimal("0.0"))
                .containsEntry(RequiredEducation.HIGH_SCHOOL, new BigDecimal("28.61"))
                .containsEntry(RequiredEducation.POST_SECONDARY_CERTIFICATE, new BigDecimal("46.04"))
                .containsEntry(RequiredEducation.SOME_COLLEGE, new BigDecimal("17.06"))
                .containsEntry(RequiredEducation.ASSOCIATES_DEGREE, new BigDecimal("8.29"));
        assertThat(profile.respondents()).isEqualTo(23);
        assertThat(profile.domainSource()).isEqualTo("Incumbent");
        assertThat(profile.dataDate()).isEqualTo("08/2021");
        assertThat(profile.mostCommonRequiredEducation()).hasValue(RequiredEducation.POST_SECONDARY_CERTIFICATE);
        assertThat(profile.mostCommonRequiredEducation().orElseThrow().label())
                .startsWith("Post-Secondary Certificate - awarded for training completed after high school");
    }

    @Test
    void chiefExecutivesMostOftenNeedAMastersDegree() {
        OnetEducationProfile profile = find("11-1011.00");

        assertThat(profile.mostCommonRequiredEducation()).hasValue(RequiredEducation.MASTERS_DEGREE);
        assertThat(profile.requiredEducation().get(RequiredEducation.MASTERS_DEGREE))
                .isEqualByComparingTo("45.91");
        assertThat(profile.mostCommonRequiredEducation().orElseThrow().label()).isEqualTo("Master's Degree");
    }

    @Test
    void theTwelveCategoriesCarryOnetsNumbersAndLabels() {
        assertThat(RequiredEducation.values()).hasSize(12);
        assertThat(RequiredEducation.ofCategory(1).label()).isEqualTo("Less than a High School Diploma");
        assertThat(RequiredEducation.ofCategory(2).label())
                .isEqualTo("High School Diploma - or the equivalent (for example, GED)");
        assertThat(RequiredEducation.ofCategory(5).label()).isEqualTo("Associate's Degree (or other 2-year degree)");
        assertThat(RequiredEducation.ofCategory(12)).isEqualTo(RequiredEducation.POST_DOCTORAL_TRAINING);
        assertThat(RequiredEducation.ofCategory(7).shortLabel()).isEqualTo("Post-Baccalaureate Certificate");
        assertThatThrownBy(() -> RequiredEducation.ofCategory(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTieGoesToTheLowerLevelAndAllZeroHasNoMostCommon() {
        OnetEducationProfile tie = profile(Map.of(
                RequiredEducation.BACHELORS_DEGREE, new BigDecimal("40"),
                RequiredEducation.ASSOCIATES_DEGREE, new BigDecimal("40"),
                RequiredEducation.HIGH_SCHOOL, new BigDecimal("20")));
        OnetEducationProfile nothing = profile(Map.of(RequiredEducation.HIGH_SCHOOL, BigDecimal.ZERO));

        assertThat(tie.mostCommonRequiredEducation()).hasValue(RequiredEducation.ASSOCIATES_DEGREE);
        assertThat(nothing.mostCommonRequiredEducation()).isEmpty();
    }

    @Test
    void aMissingColumnIsNamed() {
        List<Object> header = new ArrayList<>(headers());
        header.remove(Column.SCALE_ID.ordinal());

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.xlsx("Sheet1", List.of(header))))
                .isInstanceOf(LayoutException.class)
                .hasMessage("O*NET education, training and experience: missing column(s) \"Scale ID\"");
    }

    @Test
    void anUnexpectedColumnIsNamed() {
        List<Object> header = new ArrayList<>(headers());
        header.add(8, "Not Relevant");

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.xlsx("Sheet1", List.of(header))))
                .isInstanceOf(LayoutException.class)
                .hasMessage("O*NET education, training and experience: unexpected column(s) \"Not Relevant\"");
    }

    @Test
    void badValuesBecomeRowErrorsAndTheGoodRowsStillCount() {
        List<List<?>> rows = List.of(
                headers(),
                rl("31-9091.00", 2, 28.61),
                rl("31-9091.00", 13, 0),
                rl("31-9091.00", 3, "abc"),
                rl("31-9091.00", 2, 28.61),
                rl("319091", 4, 17.06),
                experience("31-9091.00"),
                experience("3l-9091.00"));

        ParseResult<OnetEducationProfile> result = PARSER.parse(LmiTestFiles.xlsx("Sheet1", rows));

        assertThat(result.rowsRead()).isEqualTo(7);
        assertThat(result.rows()).singleElement().satisfies(profile -> assertThat(profile.requiredEducation())
                .containsOnlyKeys(RequiredEducation.HIGH_SCHOOL));
        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column, RowError::message)
                .containsExactly(
                        tuple(3, "Category", "13 is not an O*NET required-education category (1-12)"),
                        tuple(4, "Data Value", "\"abc\" is not a number"),
                        tuple(5, "Category", "category 2 of 31-9091.00 is already on row 2"),
                        tuple(6, "O*NET-SOC Code", "\"319091\" is not an O*NET-SOC code (expected NN-NNNN.NN)"),
                        tuple(8, "O*NET-SOC Code", "\"3l-9091.00\" is not an O*NET-SOC code (expected NN-NNNN.NN)"));
    }

    @Test
    void aTruncatedWorkbookIsUnreadable() {
        byte[] bytes = LmiTestFiles.testFixtureBytes(LmiTestFiles.ONET_EDUCATION_XLSX);

        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.firstHalf(bytes)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith(
                        "O*NET education, training and experience: the file cannot be read as an Excel workbook");
    }

    @Test
    void theShippedOnet292TextFileParsesWithoutTitleAndScaleName() {
        ParseResult<OnetEducationProfile> onet292 = PARSER.parse(LmiTestFiles.shipped(LmiTestFiles.ONET_EDUCATION));

        assertThat(onet292.errors()).isEmpty();
        assertThat(onet292.rowsRead()).isEqualTo(36_209);
        assertThat(onet292.rows()).hasSize(858);
        assertThat(onet292.vintage()).isEqualTo("O*NET 29.2");
        OnetEducationProfile dentalAssistants = onet292.rows().stream()
                .filter(profile -> profile.onetSocCode().equals("31-9091.00"))
                .findFirst()
                .orElseThrow();
        assertThat(dentalAssistants.title()).isNull();
        assertThat(dentalAssistants.requiredEducation())
                .containsEntry(RequiredEducation.POST_SECONDARY_CERTIFICATE, new BigDecimal("46.04"));
        assertThat(dentalAssistants.mostCommonRequiredEducation())
                .hasValue(RequiredEducation.POST_SECONDARY_CERTIFICATE);
    }

    @Test
    void theTextLayoutRefusesTheWorkbooksExtraColumnsAndNamesABadRow() {
        String header = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tCategory\tData Value\tN\tStandard Error"
                + "\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source\n";
        String text = header
                + "31-9091.00\t2.D.1\tRequired Level of Education\tRL\t3\t46.04\t23\t1\tn/a\tn/a\tn/a\t08/2021"
                + "\tIncumbent\n"
                + "31-9091.00\t2.D.1\tRequired Level of Education\tRL\t13\t1.00\t23\t1\tn/a\tn/a\tX\t08/2021"
                + "\tIncumbent\n";

        ParseResult<OnetEducationProfile> result = PARSER.parse(LmiTestFiles.text(text));

        assertThat(result.errors())
                .extracting(RowError::rowNumber, RowError::column)
                .containsExactly(tuple(3, "Category"), tuple(3, "Recommend Suppress"));
        assertThatThrownBy(() -> PARSER.parse(LmiTestFiles.text("O*NET-SOC Code\tTitle\t" + header.substring(15))))
                .isInstanceOf(LayoutException.class)
                .hasMessage("O*NET education, training and experience: unexpected column(s) \"Title\"");
    }

    private static OnetEducationProfile find(String code) {
        return shipped.rows().stream()
                .filter(profile -> profile.onetSocCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static OnetEducationProfile profile(Map<RequiredEducation, BigDecimal> shares) {
        return new OnetEducationProfile("00-0000.00", "00-0000", "Test", shares, 10, "Incumbent", "08/2023", false);
    }

    private static List<Object> headers() {
        return Arrays.stream(Column.values())
                .map(Column::header)
                .map(Object.class::cast)
                .toList();
    }

    private static List<Object> rl(String code, int category, Object share) {
        return Arrays.asList(
                code,
                "Dental Assistants",
                "2.D.1",
                "Required Level of Education",
                "RL",
                "Required Level Of Education (Categories 1-12)",
                category,
                share,
                23,
                9,
                13.84,
                49.99,
                "N",
                "08/2021",
                "Incumbent");
    }

    private static List<Object> experience(String code) {
        return Arrays.asList(
                code,
                "Dental Assistants",
                "3.A.1",
                "Related Work Experience",
                "RW",
                "Related Work Experience (Categories 1-11)",
                1,
                10.5,
                23,
                null,
                null,
                null,
                null,
                "08/2021",
                "Incumbent");
    }
}
