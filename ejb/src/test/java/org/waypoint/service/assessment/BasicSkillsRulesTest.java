package org.waypoint.service.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;
import org.waypoint.service.assessment.BasicSkillsRules.Finding;
import org.waypoint.service.assessment.BasicSkillsRules.Result;

/** WIOA sec. 3(5): at or below the 8th grade level (NRS levels 1-4) is basic skills deficient. */
class BasicSkillsRulesTest {

    private static Result tabe(TestSubject subject, int score, int level, LocalDate date) {
        return new Result(TestInstrument.TABE, subject, score, level, date);
    }

    @Test
    void levelFourIsAtOrBelowTheEighthGradeAndSoDeficient() {
        Finding finding =
                BasicSkillsRules.deficiency(List.of(tabe(TestSubject.MATH, 540, 4, LocalDate.of(2026, 10, 1))));
        assertThat(finding.deficient()).isTrue();
        assertThat(finding.explanation())
                .contains("TABE math 540 on 10/01/2026, NRS level 4 (grades 6.0-8.9)")
                .contains("WIOA sec. 3(5)");
    }

    @Test
    void levelFiveInEverySubjectIsNotDeficient() {
        Finding finding = BasicSkillsRules.deficiency(List.of(
                tabe(TestSubject.READING, 590, 5, LocalDate.of(2026, 10, 1)),
                tabe(TestSubject.MATH, 600, 5, LocalDate.of(2026, 10, 1))));
        assertThat(finding.deficient()).isFalse();
        assertThat(finding.explanation()).startsWith("Not basic skills deficient");
    }

    @Test
    void oneLowSubjectIsEnough() {
        assertThat(BasicSkillsRules.deficiency(List.of(
                                tabe(TestSubject.READING, 620, 6, LocalDate.of(2026, 10, 1)),
                                tabe(TestSubject.LANGUAGE, 470, 2, LocalDate.of(2026, 10, 1))))
                        .deficient())
                .isTrue();
    }

    @Test
    void onlyTheLatestTestOfASubjectCounts() {
        Finding retested = BasicSkillsRules.deficiency(List.of(
                tabe(TestSubject.MATH, 600, 5, LocalDate.of(2026, 11, 1)),
                tabe(TestSubject.MATH, 450, 2, LocalDate.of(2026, 3, 1))));
        assertThat(retested.deficient())
                .as("the March level 2 was overtaken by November's level 5")
                .isFalse();
    }

    @Test
    void noTestShowsNoDeficiencyAndSaysSo() {
        Finding finding = BasicSkillsRules.deficiency(List.of());
        assertThat(finding.deficient()).isFalse();
        assertThat(finding.explanation()).contains("No basic skills test");
    }

    @Test
    void aTestOlderThanTheStatesLimitIsStale() {
        LocalDate tested = LocalDate.of(2026, 5, 22);
        assertThat(BasicSkillsRules.isStale(tested, LocalDate.of(2026, 11, 22), 6))
                .as("exactly six months")
                .isFalse();
        assertThat(BasicSkillsRules.isStale(tested, LocalDate.of(2026, 11, 23), 6))
                .isTrue();
        assertThat(BasicSkillsRules.isStale(tested, LocalDate.of(2026, 11, 23), 12))
                .isFalse();
    }

    @Test
    void functioningLevelsRunFromOneToSix() {
        assertThat(BasicSkillsRules.gradeSpan(1)).isEqualTo("grades 0-1.9");
        assertThat(BasicSkillsRules.gradeSpan(6)).isEqualTo("grades 11.0-12.9");
        assertThatThrownBy(() -> BasicSkillsRules.gradeSpan(7)).hasMessageContaining("from 1 to 6");
    }

    private record Row(long id, TestSubject subject, boolean voided) {}

    @Test
    void onlyTheLatestNonVoidedTestOfASubjectIsCurrent() {
        // WIOA sec. 3(5): the latest result of each subject speaks for the person; one voided as
        // recorded in error speaks for nothing (issue 19)
        List<Row> newestFirst = List.of(
                new Row(4, TestSubject.MATH, true),
                new Row(3, TestSubject.MATH, false),
                new Row(2, TestSubject.READING, false),
                new Row(1, TestSubject.MATH, false));
        assertThat(BasicSkillsRules.current(newestFirst, Row::subject, Row::voided))
                .extracting(Row::id)
                .containsExactlyInAnyOrder(3L, 2L);
    }
}
