package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OccupationSearchTest {

    private static LmiDatabase db;
    private static OccupationSearch search;

    @BeforeAll
    static void importEverythingShipped() throws Exception {
        db = new LmiDatabase();
        db.importEverythingShipped();
        search = new OccupationSearch(db.data());
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void partialWordsInAnyCaseFindTheTitle() {
        assertThat(search.search("DENT assist", 10))
                .first()
                .isEqualTo(new OccupationMatch("31-9091", "Dental Assistants", null));
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
                .isEqualTo(new OccupationMatch("29-1141", "Registered Nurses", "Acute Care Nurses"));
    }

    @Test
    void socAndOnetCodesWithOrWithoutHyphen() {
        assertThat(search.search("31-9091", 5)).extracting(OccupationMatch::soc).containsExactly("31-9091");
        assertThat(search.search("319091", 5)).extracting(OccupationMatch::soc).containsExactly("31-9091");
        assertThat(search.search("31-9091.00", 5))
                .extracting(OccupationMatch::soc)
                .containsExactly("31-9091");
        assertThat(search.search("31-90", 50)).extracting(OccupationMatch::soc).contains("31-9091", "31-9092");
    }

    @Test
    void aKeywordInTheDescriptionFindsTheOccupation() {
        assertThat(search.search("sterilization", 50))
                .extracting(OccupationMatch::soc)
                .contains("31-9091");
    }

    @Test
    void nothingForBlankOrUnknown() {
        assertThat(search.search("  ", 10)).isEmpty();
        assertThat(search.search("zzzqqq", 10)).isEmpty();
    }
}
