package org.waypoint.service.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;
import org.waypoint.service.assessment.BasicSkillsRules.Finding;
import org.waypoint.service.assessment.BasicSkillsRules.Result;

/** The basic skills finding and the test checks in the reader's language (issue 19); the English is unchanged. */
class AssessmentTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void theFindingReadsInSpanishAndItsEnglishIsUnchanged() {
        Finding finding = BasicSkillsRules.deficiency(List.of(
                new Result(TestInstrument.TABE, TestSubject.MATH, 540, 4, LocalDate.of(2026, 10, 1)),
                new Result(TestInstrument.TABE, TestSubject.READING, 480, 2, LocalDate.of(2026, 10, 1))));

        assertThat(finding.explanation())
                .isEqualTo(finding.text().english())
                .isEqualTo("Basic skills deficient: TABE reading 480 on 10/01/2026, NRS level 2 (grades 2.0-3.9);"
                        + " TABE math 540 on 10/01/2026, NRS level 4 (grades 6.0-8.9) - at or below the 8th grade"
                        + " level (WIOA sec. 3(5)).");
        assertThat(finding.text().in(SPANISH))
                .isEqualTo("Con deficiencia en destrezas básicas: TABE lectura 480 el 10/01/2026, nivel NRS 2 (grados"
                        + " 2.0-3.9); TABE matemáticas 540 el 10/01/2026, nivel NRS 4 (grados 6.0-8.9) - en o por"
                        + " debajo del nivel de 8.º grado (WIOA sec. 3(5)).");
        assertThat(BasicSkillsRules.deficiency(List.of()).text().in(SPANISH))
                .startsWith("No hay ninguna prueba de destrezas básicas registrada");
    }

    @Test
    void aLevelThatDoesNotMatchReadsInSpanish() {
        assertThat(NrsLevels.checkTexts(TestInstrument.TABE, TestSubject.READING, 520, 4)
                        .get("functioningLevel")
                        .in(SPANISH))
                .startsWith("TABE 11/12 reading 520 corresponde al nivel NRS 3 (501-535), no al nivel 4");
        assertThat(NrsLevels.check(TestInstrument.TABE, TestSubject.READING, 520, 4)
                        .get("functioningLevel"))
                .isEqualTo("TABE 11/12 reading 520 is NRS level 3 (501-535), not level 4 (NRS Technical Assistance"
                        + " Guide, Exhibit 2.1): check the score report.");
    }
}
