package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waypoint.service.lmi.OccupationMatch.MatchedBy;

class OccupationSearchTest {

    private static LmiDatabase db;
    private static LmiData data;
    private static OccupationSearch search;

    @BeforeAll
    static void importEverythingShipped() throws Exception {
        db = new LmiDatabase();
        db.importEverythingShipped();
        data = db.data();
        search = new OccupationSearch(data);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static OccupationMatch first(String query) {
        List<OccupationMatch> found = search.search(query, 15);
        assertThat(found).as(query).isNotEmpty();
        return found.get(0);
    }

    @Test
    void partialWordsInAnyCaseFindTheTitle() {
        assertThat(search.search("DENT assist", 10))
                .first()
                .isEqualTo(new OccupationMatch("31-9091", "Dental Assistants", null, MatchedBy.TITLE));
    }

    @Test
    void titlesThatStartWithTheWordComeFirst() {
        assertThat(search.search("dental", 10))
                .extracting(OccupationMatch::soc)
                .startsWith("31-9091", "29-1292")
                .contains("29-1021");
    }

    @Test
    void pluralOrSingularFindsTheSame() {
        assertThat(search.search("nurses", 20)).extracting(OccupationMatch::soc).contains("29-1141");
        assertThat(search.search("nurse", 20)).extracting(OccupationMatch::soc).contains("29-1141");
    }

    @Test
    void anOnetSpecialtyFindsItsOccupationAndSaysWhatMatched() {
        assertThat(search.search("acute care nurse", 5))
                .first()
                .isEqualTo(new OccupationMatch(
                        "29-1141", "Registered Nurses", "Acute Care Nurses", MatchedBy.ONET_SPECIALTY));
    }

    @Test
    void socAndOnetCodesWithOrWithoutHyphen() {
        assertThat(search.search("31-9091", 5)).extracting(OccupationMatch::soc).containsExactly("31-9091");
        assertThat(search.search("319091", 5)).extracting(OccupationMatch::soc).containsExactly("31-9091");
        assertThat(search.search("31-9091.00", 5))
                .extracting(OccupationMatch::soc)
                .containsExactly("31-9091");
        assertThat(search.search("31-90", 50)).extracting(OccupationMatch::soc).contains("31-9091", "31-9092");
        assertThat(search.search("31-9091", 5))
                .first()
                .extracting(OccupationMatch::matchedBy)
                .isEqualTo(MatchedBy.CODE);
    }

    @Test
    void anOnetSpecialtyCodeSaysWhichSpecialty() {
        assertThat(search.search("29-1141.01", 5))
                .containsExactly(
                        new OccupationMatch("29-1141", "Registered Nurses", "Acute Care Nurses", MatchedBy.CODE));
    }

    @Test
    void aKeywordInTheDescriptionFindsTheOccupation() {
        assertThat(search.search("sterilization", 50))
                .filteredOn(match -> match.soc().equals("31-9091"))
                .extracting(OccupationMatch::matchedBy)
                .containsExactly(MatchedBy.DESCRIPTION);
    }

    @Test
    void nothingForBlankOrUnknown() {
        assertThat(search.search("  ", 10)).isEmpty();
        assertThat(search.search("zzzqqq", 10)).isEmpty();
        assertThat(search.search("--", 10)).isEmpty();
    }

    @ParameterizedTest(name = "{0} finds {1} first")
    @CsvSource({
        "CNA, 31-1131, CNA",
        "cnas, 31-1131, CNA",
        "STNA, 31-1131, STNA",
        "QMA, 31-1131, QMA",
        "LPN, 29-2061, LPN",
        "lvn, 29-2061, LVN",
        "RN, 29-1141, RN",
        "CDL, 53-3032, CDL",
        "HVAC, 49-9021, HVAC",
        "forklift, 53-7051, forklift",
        "EMT, 29-2042, EMT",
        "CMA, 31-9092, CMA",
        "CNC, 51-9161, CNC",
    })
    void commonAbbreviationsFindTheOccupationFirst(String typed, String soc, String abbreviation) {
        assertThat(first(typed)).satisfies(match -> {
            assertThat(match.soc()).isEqualTo(soc);
            assertThat(match.matchedBy()).isEqualTo(MatchedBy.ABBREVIATION);
            assertThat(match.matched()).isEqualTo(abbreviation);
        });
    }

    @Test
    void anAbbreviationForSeveralOccupationsListsThemInTheTablesOrder() {
        assertThat(search.search("CDL", 5)).extracting(OccupationMatch::soc).startsWith("53-3032", "53-3033");
        assertThat(search.search("CMA", 5)).extracting(OccupationMatch::soc).startsWith("31-9092", "31-1131");
        assertThat(search.search("CNC", 5)).extracting(OccupationMatch::soc).startsWith("51-9161", "51-9162");
    }

    @Test
    void anAbbreviationWithMoreOfTheTitle() {
        assertThat(first("CDL truck driver")).extracting(OccupationMatch::soc).isEqualTo("53-3032");
        assertThat(first("hvac mechanic")).extracting(OccupationMatch::soc).isEqualTo("49-9021");
    }

    @Test
    void phlebotomistIsTheTitleItself() {
        assertThat(first("phlebotomist"))
                .isEqualTo(new OccupationMatch("31-9097", "Phlebotomists", null, MatchedBy.TITLE));
    }

    @Test
    void forkliftFindsIndustrialTruckOperatorsBeforeTheOtherOccupationsWithThatAlternateTitle() {
        List<String> socs = search.search("forklift operator", 10).stream()
                .map(OccupationMatch::soc)
                .toList();
        assertThat(socs).startsWith("53-7051").contains("47-2073", "47-5041");
    }

    @ParameterizedTest(name = "{0} finds {1} first")
    @CsvSource({
        "Certified Phlebotomist, 31-9097, ALTERNATE_TITLE, Certified Phlebotomist",
        "Forklift Driver, 53-7051, REPORTED_TITLE, Forklift Driver",
        "forklift truck operator, 53-7051, ALTERNATE_TITLE, Forklift Truck Operator",
        "state tested nursing assistant, 31-1131, REPORTED_TITLE, State Tested Nursing Assistant (STNA)",
    })
    void alternateAndReportedTitlesSayWhatMatched(String typed, String soc, MatchedBy by, String matched) {
        assertThat(first(typed)).satisfies(match -> {
            assertThat(match.soc()).isEqualTo(soc);
            assertThat(match.matchedBy()).isEqualTo(by);
            assertThat(match.matched()).isEqualTo(matched);
        });
    }

    @ParameterizedTest(name = "{0} finds {1} first")
    @CsvSource({
        "dental assistent, 31-9091, dental assistant",
        "registerd nurse, 29-1141, registered nurse",
        "phlebotomest, 31-9097, phlebotomist",
        "forklft, 53-7051, forklift",
    })
    void smallTyposFindTheOccupationFirstAndSayTheCorrection(String typed, String soc, String corrected) {
        assertThat(first(typed)).satisfies(match -> {
            assertThat(match.soc()).isEqualTo(soc);
            assertThat(match.matchedBy()).isEqualTo(MatchedBy.SPELLING_CORRECTION);
            assertThat(match.matched()).isEqualTo(corrected);
        });
    }

    @Test
    void exactAndPrefixMatchesComeBeforeCorrections() {
        for (String typed : List.of("janitor", "cashiers", "welding", "machinist")) {
            List<MatchedBy> kinds = search.search(typed, 50).stream()
                    .map(OccupationMatch::matchedBy)
                    .toList();
            int firstCorrection = kinds.indexOf(MatchedBy.SPELLING_CORRECTION);
            assertThat(firstCorrection).as(typed).isNotZero();
            if (firstCorrection > 0) {
                assertThat(kinds.subList(firstCorrection, kinds.size()))
                        .as(typed)
                        .containsOnly(MatchedBy.SPELLING_CORRECTION);
            }
        }
    }

    @Test
    void theCorrectionWithFewerEditsComesFirst() {
        assertThat(first("machinst")).extracting(OccupationMatch::soc).isEqualTo("51-4041");
    }

    @Test
    void noDataFindsNothing() {
        assertThat(new OccupationSearch(LmiData.EMPTY).search("CNA", 5)).isEmpty();
        assertThat(new OccupationSearch(LmiData.EMPTY).search("dental assistent", 5))
                .isEmpty();
        assertThat(new OccupationSearch(LmiData.EMPTY).search("31-9091", 5)).isEmpty();
    }

    @Test
    void oneOrTwoLettersStartOnlyTitlesElsewhereTheyAreWholeWords() {
        assertThat(search.search("ma", 50))
                .allSatisfy(match -> assertThat(match.matchedBy())
                        .isIn(
                                MatchedBy.TITLE,
                                MatchedBy.ABBREVIATION,
                                MatchedBy.ONET_SPECIALTY,
                                MatchedBy.DESCRIPTION,
                                MatchedBy.REPORTED_TITLE,
                                MatchedBy.ALTERNATE_TITLE))
                .filteredOn(match ->
                        match.matchedBy() == MatchedBy.ALTERNATE_TITLE || match.matchedBy() == MatchedBy.REPORTED_TITLE)
                .allSatisfy(
                        match -> assertThat(SearchWords.words(match.matched())).contains("ma"));
        assertThat(search.search("it", 5))
                .first()
                .extracting(OccupationMatch::matched)
                .asString()
                .contains("IT");
    }

    @Test
    void shortWordsAreNotCorrected() {
        assertThat(search.search("rnn", 10)).isEmpty();
    }

    @Test
    void everyAbbreviationNamesAnOccupationOfTheShippedData() {
        assertThat(Abbreviations.shipped()).hasSizeGreaterThan(30).allSatisfy(row -> {
            assertThat(data.title(row.soc())).as(row.text() + " " + row.soc()).isPresent();
            assertThat(row.source()).as(row.text()).isNotBlank();
        });
    }

    @Test
    void everyAbbreviationFindsItsFirstOccupationFirst() {
        Abbreviations.shipped().stream().filter(row -> row.rank() == 0).forEach(row -> assertThat(first(row.text()))
                .as(row.text())
                .extracting(OccupationMatch::soc)
                .isEqualTo(row.soc()));
    }
}
