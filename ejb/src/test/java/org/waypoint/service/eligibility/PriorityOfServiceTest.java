package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.eligibility.TestFacts.adult;
import static org.waypoint.service.eligibility.TestFacts.evaluate;
import static org.waypoint.service.eligibility.TestFacts.withIncome;

import org.junit.jupiter.api.Test;

/** Adult priority of service groups 1 to 4 (WIOA sec. 134(c)(3)(E); 20 CFR 680.600; 38 U.S.C. 4215). */
class PriorityOfServiceTest {

    private static PriorityOfServiceGroup group(EligibilityFacts.Builder facts) {
        return evaluate(Program.ADULT, facts).priorityGroup();
    }

    @Test
    void group1IsAVeteranReceivingPublicAssistance() {
        assertThat(group(adult().veteranOrEligibleSpouse(true).publicAssistance(PublicAssistance.TANF)))
                .isEqualTo(PriorityOfServiceGroup.VETERAN_IN_PRIORITY_POPULATION);
    }

    @Test
    void group1IsAlsoABasicSkillsDeficientEligibleSpouse() {
        PriorityOfServiceGroup group =
                group(adult().veteranOrEligibleSpouse(true).basicSkillsDeficient(true));

        assertThat(group).isEqualTo(PriorityOfServiceGroup.VETERAN_IN_PRIORITY_POPULATION);
        assertThat(group.number()).isEqualTo(1);
    }

    @Test
    void group2IsALowIncomeNonVeteran() {
        PriorityOfServiceGroup group = group(withIncome(adult().veteranOrEligibleSpouse(false), 2, 20_000));

        assertThat(group).isEqualTo(PriorityOfServiceGroup.PRIORITY_POPULATION);
        assertThat(group.number()).isEqualTo(2);
    }

    @Test
    void group2IsABasicSkillsDeficientNonVeteran() {
        assertThat(group(adult().basicSkillsDeficient(true))).isEqualTo(PriorityOfServiceGroup.PRIORITY_POPULATION);
    }

    @Test
    void group3IsAVeteranNotInAPriorityPopulation() {
        PriorityOfServiceGroup group = group(withIncome(adult().veteranOrEligibleSpouse(true), 2, 90_000));

        assertThat(group).isEqualTo(PriorityOfServiceGroup.VETERAN);
        assertThat(group.number()).isEqualTo(3);
    }

    @Test
    void group4IsEveryoneElse() {
        PriorityOfServiceGroup group = group(withIncome(adult(), 2, 90_000).basicSkillsDeficient(false));

        assertThat(group).isEqualTo(PriorityOfServiceGroup.EVERYONE_ELSE);
        assertThat(group.number()).isEqualTo(4);
    }

    @Test
    void unrecordedIncomeDoesNotRaiseThePriorityNorBlockEligibility() {
        EligibilityResult result = evaluate(Program.ADULT, adult().veteranOrEligibleSpouse(true));

        assertThat(result.eligible()).isTrue();
        assertThat(result.priorityGroup()).isEqualTo(PriorityOfServiceGroup.VETERAN);
    }

    @Test
    void freeLunchAloneDoesNotPlaceAnAdultInAPriorityPopulation() {
        assertThat(group(adult().freeOrReducedLunch(true))).isEqualTo(PriorityOfServiceGroup.EVERYONE_ELSE);
    }

    @Test
    void onlyAdultsGetAGroup() {
        EligibilityResult result = evaluate(
                Program.DISLOCATED_WORKER,
                adult().veteranOrEligibleSpouse(true)
                        .dislocatedWorkerCategory(4)
                        .displacedHomemaker(true));

        assertThat(result.priorityGroup()).isNull();
    }
}
