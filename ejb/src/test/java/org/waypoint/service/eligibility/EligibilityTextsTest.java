package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.eligibility.TestFacts.adult;
import static org.waypoint.service.eligibility.TestFacts.criterion;
import static org.waypoint.service.eligibility.TestFacts.date;
import static org.waypoint.service.eligibility.TestFacts.evaluate;
import static org.waypoint.service.eligibility.TestFacts.outOfSchoolYouth;
import static org.waypoint.service.eligibility.TestFacts.withIncome;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.eligibility.CriterionOutcome;
import org.waypoint.persistence.eligibility.FactSource;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/**
 * Eligibility explanations and rule messages in the reader's language (issue 19): the English is
 * what it was, Spanish reads on a Spanish page, and a saved determination keeps its text.
 */
class EligibilityTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void anAgeExplanationReadsInSpanishAndItsEnglishIsUnchanged() {
        CriterionResult age = criterion(
                evaluate(Program.ADULT, adult().dateOfBirth(date(2008, 11, 22)).asOf(date(2026, 11, 21))),
                Criterion.AGE);

        assertThat(age.explanation())
                .isEqualTo("Age 17 on 11/21/2026: an adult must be 18 or older (20 CFR 680.120).")
                .isEqualTo(age.text().english());
        assertThat(age.text().in(SPANISH))
                .isEqualTo("Edad de 17 años el 11/21/2026: un adulto debe tener 18 años o más (20 CFR 680.120).");
    }

    @Test
    void aLowIncomeExplanationReadsItsListsAndAmountsInSpanish() {
        CriterionResult lowIncome = criterion(
                evaluate(
                        Program.YOUTH_OUT_OF_SCHOOL,
                        outOfSchoolYouth()
                                .publicAssistance(java.util.EnumSet.of(PublicAssistance.TANF, PublicAssistance.OTHER))
                                .youthBarriers(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE)),
                Criterion.LOW_INCOME);

        assertThat(lowIncome.explanation())
                .isEqualTo("Receives TANF and other state or local income-based public assistance (or did in the"
                        + " past 6 months, personally or through the family): low-income (WIOA sec. 3(36)).");
        assertThat(lowIncome.text().in(SPANISH))
                .startsWith("Recibe TANF y otra asistencia pública estatal o local basada en los ingresos (o lo"
                        + " recibió en los últimos 6 meses");

        CriterionResult income = criterion(
                evaluate(
                        Program.YOUTH_OUT_OF_SCHOOL,
                        withIncome(outOfSchoolYouth(), 3, 24_000)
                                .youthBarriers(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE)),
                Criterion.LOW_INCOME);
        assertThat(income.explanation()).startsWith("Family income $24,000 for a family of 3 is at or below");
        assertThat(income.text().in(SPANISH))
                .startsWith("El ingreso familiar de $24,000 para una familia de 3 está en o por debajo");
    }

    @Test
    void theBarriersAndThePriorityReasonReadInSpanish() {
        CriterionResult barrier = criterion(
                evaluate(
                        Program.YOUTH_OUT_OF_SCHOOL,
                        outOfSchoolYouth().youthBarriers(Barrier.SCHOOL_DROPOUT, Barrier.PREGNANT_OR_PARENTING)),
                Criterion.YOUTH_BARRIER);
        assertThat(barrier.explanation())
                .isEqualTo("Barriers: school dropout; pregnant or parenting (20 CFR 681.210(c)).");
        assertThat(barrier.text().in(SPANISH))
                .isEqualTo("Barreras: abandonó la escuela; embarazada o con hijos (20 CFR 681.210(c)).");

        EligibilityFacts facts =
                adult().veteranOrEligibleSpouse(true).basicSkillsDeficient(true).build();
        Text reason = PriorityOfService.reasonText(facts, TestFacts.HHS_2025);
        assertThat(reason.english())
                .isEqualTo(PriorityOfService.reason(facts, TestFacts.HHS_2025))
                .startsWith("Group 1: Veterans and eligible spouses")
                .endsWith(" - veteran or eligible spouse (38 U.S.C. 4215); basic skills deficient (WIOA sec. 3(5)).");
        assertThat(reason.in(SPANISH))
                .startsWith("Grupo 1: Veteranos y cónyuges elegibles")
                .endsWith("deficiencia en destrezas básicas (WIOA sec. 3(5)).");
    }

    @Test
    void aSavedExplanationKeepsItsTextAndAnOlderOneReadsItsEnglish() {
        CriterionResult age = criterion(
                evaluate(Program.ADULT, adult().dateOfBirth(date(2008, 11, 22)).asOf(date(2026, 11, 21))),
                Criterion.AGE);
        CriterionOutcome saved = new CriterionOutcome(
                age.code(), age.met(), age.explanation(), age.text().toJson());

        Text read = DeterminationView.read(saved.getText(), saved.getExplanation());
        assertThat(read).isEqualTo(age.text());
        assertThat(read.english()).isEqualTo(saved.getExplanation());
        assertThat(read.in(SPANISH)).startsWith("Edad de 17 años el 11/21/2026: un adulto");

        CriterionOutcome older = new CriterionOutcome("AGE", false, "Age 17 on 11/21/2026: an adult must be 18.");
        assertThat(DeterminationView.read(older.getText(), older.getExplanation())
                        .in(SPANISH))
                .isEqualTo("Age 17 on 11/21/2026: an adult must be 18.");
        assertThat(DeterminationView.read("not json", "As it was.").in(SPANISH)).isEqualTo("As it was.");
    }

    @Test
    void aSourceMissingReadsInSpanishAndTheApiKeepsItsEnglish() {
        Map<String, String> english =
                FactSourceRules.check(Program.ADULT, Map.of("dateOfBirth", FactSource.CROSS_MATCH));
        assertThat(english.get("sources.authorizedToWork"))
                .isEqualTo("Choose where the authorization to work was verified (TEGL 23-19).");

        InvalidInputException e = InvalidInputException.texts(
                FactSourceRules.checkTexts(Program.ADULT, Map.of("dateOfBirth", FactSource.CROSS_MATCH)));
        assertThat(e.getFieldErrors()).isEqualTo(english);
        assertThat(e.getFieldErrors(SPANISH).get("sources.authorizedToWork"))
                .isEqualTo("Elija dónde se verificó la autorización para trabajar (TEGL 23-19).");
    }

    @Test
    void aCapWarningReadsInSpanish() {
        YouthCapStatus status = new YouthCapStatus("Bluegrass", 2026, 40, 2, 100, 0);
        assertThat(status.lowIncomeExceptionWarning())
                .isEqualTo("The 5% low-income exception (20 CFR 681.250(c)) is reached in Bluegrass, program year"
                        + " 2026-27: 2 of 40 youth enrolled; one more would exceed 5% until more youth are enrolled.")
                .isEqualTo(status.lowIncomeExceptionWarningText().english());
        assertThat(status.lowIncomeExceptionWarningText().in(SPANISH))
                .startsWith("La excepción del 5% de bajos ingresos (20 CFR 681.250(c)): se alcanzó en Bluegrass");
        assertThat(status.additionalAssistanceWarningText()).isNull();
        assertThat(List.of(Program.values()).stream()
                        .map(p -> p.text().english())
                        .toList())
                .isEqualTo(
                        List.of(Program.values()).stream().map(Program::label).toList());
    }
}
