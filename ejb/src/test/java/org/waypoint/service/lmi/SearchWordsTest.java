package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseLettersAndDigits() {
        assertThat(SearchWords.words("Heavy and Tractor-Trailer Truck Drivers"))
                .containsExactly("heavy", "and", "tractor", "trailer", "truck", "drivers");
        assertThat(SearchWords.words("EMT-I/85")).containsExactly("emt", "i", "85");
        assertThat(SearchWords.words(null)).isEmpty();
    }

    @Test
    void theStemJoinsSingularAndPlural() {
        assertThat(SearchWords.stem("nurses")).isEqualTo("nurse");
        assertThat(SearchWords.stem("technologies")).isEqualTo("technolog");
        assertThat(SearchWords.stem("glass")).isEqualTo("glass");
        assertThat(SearchWords.stem("rns")).isEqualTo("rns");
    }

    @Test
    void wordsInParenthesesComeLastAndDoNotCountForTheWholeTitle() {
        SearchWords.Split split = SearchWords.split("Registered Nurse (RN)");
        assertThat(split.words()).containsExactly("registered", "nurse", "rn");
        assertThat(split.main()).isEqualTo(2);

        SearchWords.Split middle = SearchWords.split("EMT-B (Emergency Medical Technician- Basic) Instructor");
        assertThat(middle.words())
                .containsExactly("emt", "b", "instructor", "emergency", "medical", "technician", "basic");
        assertThat(middle.main()).isEqualTo(3);

        assertThat(SearchWords.split("Dental Assistants").main()).isEqualTo(2);
    }
}
