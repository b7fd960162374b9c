package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.eligibility.TestFacts.adult;
import static org.waypoint.service.eligibility.TestFacts.criterion;
import static org.waypoint.service.eligibility.TestFacts.date;
import static org.waypoint.service.eligibility.TestFacts.evaluate;
import static org.waypoint.service.eligibility.TestFacts.outOfSchoolYouth;

import org.junit.jupiter.api.Test;

/** Selective Service registration by birth date, sex and age (WIOA sec. 189(h); 20 CFR 683.225). */
class SelectiveServiceRuleTest {

    private static CriterionResult selectiveService(Program program, EligibilityFactsBuilder facts) {
        return criterion(evaluate(program, facts), Criterion.SELECTIVE_SERVICE);
    }

    private static EligibilityFactsBuilder man(int year, int month, int day) {
        return adult().sex(Sex.MALE).dateOfBirth(date(year, month, day));
    }

    @Test
    void aManBornOnDecember31_1959IsExempt() {
        CriterionResult result =
                selectiveService(Program.ADULT, man(1959, 12, 31).selectiveServiceRegistered(false));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation())
                .isEqualTo("Born 12/31/1959, before 01/01/1960: Selective Service registration is not required"
                        + " (WIOA sec. 189(h); 20 CFR 683.225).");
    }

    @Test
    void aManBornOnJanuary1_1960MustHaveRegistered() {
        CriterionResult result = selectiveService(
                Program.ADULT,
                man(1960, 1, 1).selectiveServiceRegistered(false).selectiveServiceNotKnowingAndWillful(false));

        assertThat(result.met()).isFalse();
        assertThat(result.explanation())
                .startsWith("Male born 01/01/1960, age 66 on 11/22/2026, not registered and past the age of"
                        + " registration");
    }

    @Test
    void aRegisteredManMeetsIt() {
        CriterionResult result = selectiveService(Program.ADULT, man(1960, 1, 1).selectiveServiceRegistered(true));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation()).contains("registered with Selective Service");
    }

    @Test
    void womenAreNotRequiredToRegister() {
        CriterionResult result = selectiveService(Program.ADULT, adult().sex(Sex.FEMALE));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation())
                .startsWith("Female: Selective Service registration applies only to those" + " assigned male at birth");
    }

    @Test
    void anUndisclosedSexIsNotMetUntilRecorded() {
        CriterionResult result = selectiveService(Program.ADULT, adult().sex(Sex.UNDISCLOSED));

        assertThat(result.met()).isFalse();
        assertThat(result.explanation()).contains("record the sex assigned at birth");
    }

    @Test
    void anUndisclosedSexDoesNotMatterForSomeoneBornBefore1960() {
        CriterionResult result =
                selectiveService(Program.ADULT, adult().sex(Sex.UNDISCLOSED).dateOfBirth(date(1955, 4, 2)));

        assertThat(result.met()).isTrue();
    }

    @Test
    void aMaleYouthUnder18IsNotYetRequired() {
        // Registration is due at 18: a 17-year-old out-of-school youth is not asked for it.
        EligibilityFactsBuilder youth =
                outOfSchoolYouth().sex(Sex.MALE).dateOfBirth(date(2009, 1, 10)).youthBarriers(Barrier.SCHOOL_DROPOUT);

        EligibilityResult result = evaluate(Program.YOUTH_OUT_OF_SCHOOL, youth);

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.SELECTIVE_SERVICE).explanation())
                .isEqualTo("Age 17 on 11/22/2026: Selective Service registration is not yet required; men register"
                        + " at 18 (WIOA sec. 189(h); 20 CFR 683.225).");
    }

    @Test
    void aMaleYouthOf18MustRegister() {
        EligibilityResult result = evaluate(
                Program.YOUTH_OUT_OF_SCHOOL,
                outOfSchoolYouth()
                        .sex(Sex.MALE)
                        .dateOfBirth(date(2008, 11, 22))
                        .selectiveServiceRegistered(false)
                        .youthBarriers(Barrier.SCHOOL_DROPOUT));

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.SELECTIVE_SERVICE).explanation())
                .contains("not registered with Selective Service: he must register, which he can do until age 26");
    }

    @Test
    void aManOf25TheDayBeforeTurning26CannotRelyOnAFindingBecauseHeCanStillRegister() {
        CriterionResult result = selectiveService(
                Program.ADULT,
                man(2000, 11, 23).selectiveServiceRegistered(false).selectiveServiceNotKnowingAndWillful(true));

        assertThat(result.met()).isFalse();
        assertThat(result.explanation()).contains("age 25", "he must register");
    }

    @Test
    void aManOf26NotRegisteredIsEligibleWithANotKnowingAndWillfulFinding() {
        CriterionResult result = selectiveService(
                Program.ADULT,
                man(2000, 11, 22).selectiveServiceRegistered(false).selectiveServiceNotKnowingAndWillful(true));

        assertThat(result.met()).isTrue();
        assertThat(result.explanation())
                .isEqualTo("Male born 11/22/2000, age 26 on 11/22/2026, not registered, with a documented finding"
                        + " that the failure to register was not knowing and willful (WIOA sec. 189(h);"
                        + " 20 CFR 683.225).");
    }

    @Test
    void aManOf26NotRegisteredWithoutTheFindingIsNotEligible() {
        EligibilityResult result = evaluate(
                Program.ADULT,
                man(2000, 11, 22).selectiveServiceRegistered(false).selectiveServiceNotKnowingAndWillful(false));

        assertThat(result.eligible()).isFalse();
        assertThat(result.unmet()).extracting(CriterionResult::code).containsExactly("SELECTIVE_SERVICE");
    }

    @Test
    void dislocatedWorkersMustAlsoMeetIt() {
        EligibilityResult result = evaluate(
                Program.DISLOCATED_WORKER,
                man(2002, 1, 1)
                        .selectiveServiceRegistered(false)
                        .dislocatedWorkerCategory(4)
                        .unpaidServicesToFamilyInHome(true)
                        .lostSupportOfFamilyIncome(true)
                        .homemakerUnemployedOrUnderemployed(true));

        assertThat(criterion(result, Criterion.SELECTIVE_SERVICE).met()).isFalse();
        assertThat(result.eligible()).isFalse();
    }
}
