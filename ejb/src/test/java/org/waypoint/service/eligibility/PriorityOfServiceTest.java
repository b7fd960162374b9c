package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.eligibility.TestFacts.adult;
import static org.waypoint.service.eligibility.TestFacts.evaluate;
import static org.waypoint.service.eligibility.TestFacts.withIncome;

import org.junit.jupiter.api.Test;

/** Adult priority of service groups 1 to 4 (WIOA sec. 134(c)(3)(E); 20 CFR 680.600; 38 U.S.C. 4215). */
class PriorityOfServiceTest {

    private static PriorityOfServiceGroup group(EligibilityFactsBuilder facts) {
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

    /** Issue 13 item 2: the Governor's or local board's groups are tier 4, everyone else tier 5 (TEGL 19-16). */
    @Test
    void group4IsTheLocalBoardsPriorityGroup_TEGL_19_16() {
        PriorityOfServiceGroup group = group(withIncome(adult(), 2, 90_000).localPriorityPopulation(true));

        assertThat(group).isEqualTo(PriorityOfServiceGroup.LOCAL_PRIORITY_POPULATION);
        assertThat(group.number()).isEqualTo(4);
        // Veterans not in a priority population still come before the local group.
        assertThat(group(withIncome(adult(), 2, 90_000)
                        .localPriorityPopulation(true)
                        .veteranOrEligibleSpouse(true)))
                .isEqualTo(PriorityOfServiceGroup.VETERAN);
    }

    @Test
    void group5IsEveryoneElse_TEGL_19_16() {
        PriorityOfServiceGroup group = group(withIncome(adult(), 2, 90_000).basicSkillsDeficient(false));

        assertThat(group).isEqualTo(PriorityOfServiceGroup.EVERYONE_ELSE);
        assertThat(group.number()).isEqualTo(5);
    }

    /** Issue 13 item 2: an English language learner is basic skills deficient (WIOA sec. 3(5)(B)). */
    @Test
    void anEnglishLanguageLearnerIsInThePriorityPopulation_3_5_B() {
        assertThat(group(withIncome(adult(), 2, 90_000).englishLanguageLearner(true)))
                .isEqualTo(PriorityOfServiceGroup.PRIORITY_POPULATION);
    }

    @Test
    void unrecordedIncomeDoesNotRaiseThePriorityNorBlockEligibility() {
        EligibilityResult result = evaluate(Program.ADULT, adult().veteranOrEligibleSpouse(true));

        assertThat(result.eligible()).isTrue();
        assertThat(result.priorityGroup()).isEqualTo(PriorityOfServiceGroup.VETERAN);
    }

    /** Issue 13 item 2: free or reduced-price lunch makes an adult low-income too (WIOA sec. 3(36)(A)(iv)). */
    @Test
    void freeLunchPlacesAnAdultInThePriorityPopulation_3_36_A_iv() {
        assertThat(group(adult().freeOrReducedLunch(true))).isEqualTo(PriorityOfServiceGroup.PRIORITY_POPULATION);
    }

    @Test
    void onlyAdultsGetAGroup() {
        EligibilityResult result = evaluate(
                Program.DISLOCATED_WORKER,
                adult().veteranOrEligibleSpouse(true)
                        .dislocatedWorkerCategory(4)
                        .unpaidServicesToFamilyInHome(true)
                        .lostSupportOfFamilyIncome(true)
                        .homemakerUnemployedOrUnderemployed(true));

        assertThat(result.priorityGroup()).isNull();
    }

    /** Issue 19: a saved determination shows why the adult is in the group, not only its number. */
    @Test
    void theReasonNamesTheGroupAndTheFactsThatPlacedTheAdult_38USC4215() {
        String reason = PriorityOfService.reason(
                adult().veteranOrEligibleSpouse(true)
                        .publicAssistance(PublicAssistance.SNAP)
                        .build(),
                TestFacts.HHS_2025);
        assertThat(reason)
                .startsWith("Group 1: Veterans and eligible spouses")
                .contains("veteran or eligible spouse (38 U.S.C. 4215)")
                .contains("public assistance or low income (WIOA sec. 3(36))");
        assertThat(PriorityOfService.reason(withIncome(adult(), 2, 90_000).build(), TestFacts.HHS_2025))
                .isEqualTo("Group 5: Everyone else.");
    }
}
