package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waypoint.service.eligibility.TestFacts.AS_OF;
import static org.waypoint.service.eligibility.TestFacts.adult;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The vocabulary the rules answer in: stable codes, and facts and results that cannot contradict themselves. */
class EligibilityModelTest {

    @Test
    void criterionCodesAreUpperSnakeCaseAndCiteTheirSource() {
        assertThat(Criterion.values()).allSatisfy(criterion -> {
            assertThat(criterion.code()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
            assertThat(criterion.citation()).containsAnyOf("CFR", "WIOA");
            assertThat(criterion.label()).isNotBlank();
        });
    }

    @Test
    void theCodesNamedInTheDesignExist() {
        assertThat(Arrays.stream(Criterion.values()).map(Criterion::code))
                .contains(
                        "AGE",
                        "AUTHORIZED_TO_WORK",
                        "SELECTIVE_SERVICE",
                        "DW_CATEGORY",
                        "DW_TERMINATED_OR_NOTIFIED",
                        "DW_UC_ELIGIBLE_OR_ATTACHED",
                        "DW_UNLIKELY_TO_RETURN",
                        "DW_PLANT_CLOSURE",
                        "DW_SELF_EMPLOYED",
                        "DW_DISPLACED_HOMEMAKER",
                        "DW_MILITARY_SPOUSE",
                        "NOT_ATTENDING_SCHOOL",
                        "ATTENDING_SCHOOL",
                        "LOW_INCOME",
                        "YOUTH_BARRIER");
    }

    @Test
    void everyBarrierAppliesToAtLeastOneYouthProgram() {
        assertThat(Barrier.values()).allSatisfy(barrier -> assertThat(
                        barrier.appliesTo(Program.YOUTH_IN_SCHOOL) || barrier.appliesTo(Program.YOUTH_OUT_OF_SCHOOL))
                .isTrue());
        assertThat(Barrier.recordable())
                .containsExactlyInAnyOrder(
                        Barrier.SCHOOL_DROPOUT,
                        Barrier.MISSED_SCHOOL_QUARTER,
                        Barrier.OFFENDER,
                        Barrier.HOMELESS_RUNAWAY_FOSTER,
                        Barrier.PREGNANT_OR_PARENTING,
                        Barrier.REQUIRES_ADDITIONAL_ASSISTANCE);
    }

    @Test
    void aDerivedBarrierCannotBeRecorded() {
        assertThatThrownBy(() -> adult().youthBarriers(Barrier.DISABILITY).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DISABILITY is derived from other facts");
    }

    @Test
    void aBirthAfterTheDateOfDeterminationIsRefused() {
        assertThatThrownBy(() -> adult().dateOfBirth(AS_OF.plusDays(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setsAreNeverNullAndCannotBeChanged() {
        EligibilityFacts facts = EligibilityFacts.builder().build();

        assertThat(facts.publicAssistance()).isEmpty();
        assertThat(facts.youthBarriers()).isEmpty();
        assertThatThrownBy(() -> facts.youthBarriers().add(Barrier.OFFENDER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderKeepsEveryFact() {
        EligibilityFacts facts = adult().publicAssistance(PublicAssistance.SSI)
                .youthBarriers(Barrier.OFFENDER)
                .dislocatedWorkerCategory(5)
                .militarySpouseUnemployedOrUnderemployed(true)
                .build();

        assertThat(facts.toBuilder().build()).isEqualTo(facts);
    }

    @Test
    void aResultCannotClaimEligibilityWithAnUnmetCriterion() {
        List<CriterionResult> criteria = List.of(Criterion.AGE.notMet("Age 17."));

        assertThatThrownBy(() -> new EligibilityResult(
                        Program.ADULT, AS_OF, true, criteria, PriorityOfServiceGroup.EVERYONE_ELSE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EligibilityResult.of(Program.ADULT, AS_OF, criteria, PriorityOfServiceGroup.EVERYONE_ELSE)
                        .eligible())
                .isFalse();
    }

    @Test
    void onlyAdultResultsCarryAPriorityGroup() {
        List<CriterionResult> criteria = List.of(Criterion.AUTHORIZED_TO_WORK.met("Authorized."));

        assertThatThrownBy(() -> EligibilityResult.of(
                        Program.DISLOCATED_WORKER, AS_OF, criteria, PriorityOfServiceGroup.EVERYONE_ELSE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EligibilityResult.of(Program.ADULT, AS_OF, criteria, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEligibleAdultReadsAsACaseManagerWouldExplainIt() {
        EligibilityResult result = EligibilityRules.evaluate(
                Program.ADULT,
                adult().publicAssistance(Set.of(PublicAssistance.SNAP)).build(),
                IncomeThresholds.federal2025Hhs());

        assertThat(result.eligible()).isTrue();
        assertThat(result.asOf()).isEqualTo(AS_OF);
        assertThat(result.criteria())
                .extracting(CriterionResult::explanation)
                .containsExactly(
                        "Age 30 on 11/22/2026 meets the adult minimum age of 18 (20 CFR 680.120).",
                        "A U.S. citizen or otherwise authorized to work in the United States (WIOA sec. 188(a)(5)).",
                        "Female: Selective Service registration applies only to those assigned male at birth"
                                + " (WIOA sec. 189(h); 20 CFR 683.225).");
        assertThat(result.priorityGroup()).isEqualTo(PriorityOfServiceGroup.PRIORITY_POPULATION);
    }
}
