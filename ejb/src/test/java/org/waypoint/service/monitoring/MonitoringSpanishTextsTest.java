package org.waypoint.service.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.Text;

/** The compliance review's questions and rule messages in Spanish, the English unchanged (issue 19). */
class MonitoringSpanishTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    @DisplayName("each checklist question, stored in English, reads in Spanish on the page")
    void questions() {
        for (FileFacts facts : new FileFacts[] {ChecklistRulesTest.kentucky(), ChecklistRulesTest.georgia()}) {
            for (ChecklistItemDraft draft : ChecklistRules.checklist(facts)) {
                Text text = item(draft).questionText();
                assertThat(text.english()).as(draft.code()).isEqualTo(draft.question());
                assertThat(text.key()).as(draft.code()).isEqualTo("monitoring.question." + draft.code());
            }
        }
        ChecklistItemDraft reviews = ChecklistRules.kentuckyReviews(ChecklistRulesTest.kentucky());
        assertThat(reviews.question()).isEqualTo("The plan was reviewed at least every 90 days.");
        assertThat(item(reviews).questionText().in(SPANISH)).isEqualTo("El plan se revisó al menos cada 90 días.");
    }

    @Test
    @DisplayName("a question no rule words stays as stored")
    void unknownQuestion() {
        ItemView other = new ItemView(
                1,
                "OTHER",
                "Is it fine?",
                "",
                null,
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                null);
        assertThat(other.questionText().in(SPANISH)).isEqualTo("Is it fine?");
    }

    @Test
    @DisplayName("a review's rule messages read in Spanish")
    void ruleMessages() {
        assertThat(Text.of("monitoring.review.sampleRange", 200).english())
                .isEqualTo("Sample between 1 and 200 files.");
        assertThat(Text.of("monitoring.review.sampleRange", 200).in(SPANISH))
                .isEqualTo("Tome una muestra de entre 1 y 200 expedientes.");
        assertThat(Text.of("monitoring.finding.closed").in(SPANISH)).isEqualTo("Este hallazgo está cerrado.");
    }

    private static ItemView item(ChecklistItemDraft d) {
        return MonitoringEvidenceSpanishTest.view(d, null);
    }
}
