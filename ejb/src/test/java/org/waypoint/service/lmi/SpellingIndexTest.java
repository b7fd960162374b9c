package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.SpellingIndex.Correction;

class SpellingIndexTest {

    private static final String[] WORDS = {
        "assistant",
        "assistants",
        "cashier",
        "forklift",
        "mental",
        "dental",
        "nurse",
        "phlebotomist",
        "phlebotomists",
        "registered",
        "teller"
    };
    private static final SpellingIndex INDEX =
            new SpellingIndex(WORDS, IntStream.range(0, WORDS.length).boxed().toList());

    private static List<String> corrections(String typed) {
        return INDEX.corrections(typed).stream().map(c -> WORDS[c.word()]).toList();
    }

    @Test
    void damerauLevenshteinCountsASwapOfNeighboursAsOneEdit() {
        assertThat(SpellingIndex.distance("casheir", "cashier", 2)).isEqualTo(1);
        assertThat(SpellingIndex.distance("assistent", "assistant", 2)).isEqualTo(1);
        assertThat(SpellingIndex.distance("forklft", "forklift", 2)).isEqualTo(1);
        assertThat(SpellingIndex.distance("phlebotomest", "phlebotomists", 2)).isEqualTo(2);
        assertThat(SpellingIndex.distance("nurse", "nurse", 1)).isZero();
    }

    @Test
    void theDistanceStopsOnceItIsOverTheLimit() {
        assertThat(SpellingIndex.distance("registered", "cashier", 2)).isEqualTo(3);
    }

    @Test
    void wordsUnderFiveLettersAreNeverCorrected() {
        assertThat(SpellingIndex.allowedEdits("nurs")).isZero();
        assertThat(corrections("nurs")).isEmpty();
    }

    @Test
    void fiveToSevenLettersGetOneEdit() {
        assertThat(SpellingIndex.allowedEdits("nurce")).isEqualTo(1);
        assertThat(corrections("nurce")).containsExactly("nurse");
        assertThat(corrections("forklft")).containsExactly("forklift");
        assertThat(corrections("dentel")).containsExactly("dental");
        assertThat(corrections("casheir")).containsExactly("cashier");
        assertThat(corrections("cashr")).isEmpty();
    }

    @Test
    void eightLettersOrMoreGetTwoEdits() {
        assertThat(SpellingIndex.allowedEdits("assistent")).isEqualTo(2);
        assertThat(INDEX.corrections("assistent"))
                .extracting(c -> WORDS[c.word()] + ":" + c.edits())
                .containsExactly("assistant:1", "assistants:2");
        assertThat(corrections("phlebotomest")).containsExactly("phlebotomist", "phlebotomists");
        assertThat(corrections("registerd")).containsExactly("registered");
    }

    @Test
    void aWordIsNotItsOwnCorrection() {
        assertThat(corrections("cashier")).isEmpty();
        assertThat(corrections("dental")).containsExactly("mental");
    }

    @Test
    void everyDeletionIsIndexedSoNoWordWithinReachIsMissed() {
        // the index against a scan of every word with the distance, for typos of each word
        for (String word : WORDS) {
            for (String typo : typos(word)) {
                int allowed = SpellingIndex.allowedEdits(typo);
                List<String> scanned = Arrays.stream(WORDS)
                        .filter(w -> !w.equals(typo) && SpellingIndex.distance(typo, w, allowed) <= allowed)
                        .toList();
                assertThat(INDEX.corrections(typo))
                        .extracting(Correction::word)
                        .extracting(id -> WORDS[id])
                        .as(typo)
                        .containsExactlyInAnyOrderElementsOf(allowed == 0 ? List.of() : scanned);
            }
        }
    }

    /** Each letter dropped, doubled, replaced by "x", and each pair of neighbours swapped. */
    private static List<String> typos(String word) {
        List<String> typos = new java.util.ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            typos.add(word.substring(0, i) + word.substring(i + 1));
            typos.add(word.substring(0, i + 1) + word.charAt(i) + word.substring(i + 1));
            typos.add(word.substring(0, i) + "x" + word.substring(i + 1));
            if (i + 1 < word.length()) {
                typos.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
        }
        return typos;
    }
}
