package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.eligibility.TestFacts.adult;
import static org.waypoint.service.eligibility.TestFacts.criterion;
import static org.waypoint.service.eligibility.TestFacts.date;
import static org.waypoint.service.eligibility.TestFacts.evaluate;
import static org.waypoint.service.eligibility.TestFacts.inSchoolYouth;
import static org.waypoint.service.eligibility.TestFacts.outOfSchoolYouth;

import org.junit.jupiter.api.Test;

/** Age on the date of determination at each program's boundary day (20 CFR 680.120, 681.210(b), 681.220(b)). */
class AgeRulesTest {

    @Test
    void adultIsSeventeenTheDayBeforeTheEighteenthBirthday_680_120() {
        EligibilityResult result =
                evaluate(Program.ADULT, adult().dateOfBirth(date(2008, 11, 22)).asOf(date(2026, 11, 21)));

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, Criterion.AGE))
                .isEqualTo(
                        Criterion.AGE.notMet("Age 17 on 11/21/2026: an adult must be 18 or older (20 CFR 680.120)."));
    }

    @Test
    void adultIsEighteenOnTheBirthday_680_120() {
        EligibilityResult result =
                evaluate(Program.ADULT, adult().dateOfBirth(date(2008, 11, 22)).asOf(date(2026, 11, 22)));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.AGE).explanation())
                .isEqualTo("Age 18 on 11/22/2026 meets the adult minimum age of 18 (20 CFR 680.120).");
    }

    @Test
    void outOfSchoolYouthOfFifteenIsTooYoung_681_210b() {
        EligibilityResult result = evaluate(
                Program.YOUTH_OUT_OF_SCHOOL,
                outOfSchoolYouth()
                        .dateOfBirth(date(2010, 11, 22))
                        .asOf(date(2026, 11, 21))
                        .youthBarriers(Barrier.SCHOOL_DROPOUT));

        assertThat(criterion(result, Criterion.AGE).met()).isFalse();
        assertThat(criterion(result, Criterion.AGE).explanation()).startsWith("Age 15 on 11/21/2026");
    }

    @Test
    void outOfSchoolYouthOfSixteenOnTheBirthdayQualifies_681_210b() {
        EligibilityResult result = evaluate(
                Program.YOUTH_OUT_OF_SCHOOL,
                outOfSchoolYouth()
                        .dateOfBirth(date(2010, 11, 22))
                        .asOf(date(2026, 11, 22))
                        .youthBarriers(Barrier.SCHOOL_DROPOUT));

        assertThat(criterion(result, Criterion.AGE).met()).isTrue();
        assertThat(result.eligible()).isTrue();
    }

    @Test
    void outOfSchoolYouthIsStillTwentyFourTheDayBeforeTurningTwentyFive_681_210b() {
        EligibilityResult result = evaluate(
                Program.YOUTH_OUT_OF_SCHOOL,
                outOfSchoolYouth()
                        .dateOfBirth(date(2001, 11, 22))
                        .asOf(date(2026, 11, 21))
                        .youthBarriers(Barrier.SCHOOL_DROPOUT));

        assertThat(criterion(result, Criterion.AGE).met()).isTrue();
    }

    @Test
    void outOfSchoolYouthOfTwentyFiveIsTooOld_681_210b() {
        EligibilityResult result = evaluate(
                Program.YOUTH_OUT_OF_SCHOOL,
                outOfSchoolYouth()
                        .dateOfBirth(date(2001, 11, 22))
                        .asOf(date(2026, 11, 22))
                        .youthBarriers(Barrier.SCHOOL_DROPOUT));

        assertThat(criterion(result, Criterion.AGE))
                .isEqualTo(Criterion.AGE.notMet(
                        "Age 25 on 11/22/2026: an out-of-school youth must be 16 to 24 (20 CFR 681.210(b))."));
    }

    @Test
    void inSchoolYouthOfThirteenIsTooYoung_681_220b() {
        EligibilityResult result = evaluate(
                Program.YOUTH_IN_SCHOOL,
                inSchoolYouth()
                        .dateOfBirth(date(2012, 11, 22))
                        .asOf(date(2026, 11, 21))
                        .basicSkillsDeficient(true));

        assertThat(criterion(result, Criterion.AGE).met()).isFalse();
        assertThat(criterion(result, Criterion.AGE).explanation()).startsWith("Age 13 on 11/21/2026");
    }

    @Test
    void inSchoolYouthOfFourteenOnTheBirthdayQualifies_681_220b() {
        EligibilityResult result = evaluate(
                Program.YOUTH_IN_SCHOOL,
                inSchoolYouth()
                        .dateOfBirth(date(2012, 11, 22))
                        .asOf(date(2026, 11, 22))
                        .basicSkillsDeficient(true));

        assertThat(result.eligible()).isTrue();
    }

    @Test
    void inSchoolYouthIsStillTwentyOneTheDayBeforeTurningTwentyTwo_681_220b() {
        EligibilityResult result = evaluate(
                Program.YOUTH_IN_SCHOOL,
                inSchoolYouth()
                        .dateOfBirth(date(2004, 11, 22))
                        .asOf(date(2026, 11, 21))
                        .basicSkillsDeficient(true));

        assertThat(criterion(result, Criterion.AGE).met()).isTrue();
    }

    @Test
    void inSchoolYouthOfTwentyTwoWithoutADisabilityIsTooOld_681_220b() {
        EligibilityResult result = evaluate(
                Program.YOUTH_IN_SCHOOL,
                inSchoolYouth()
                        .dateOfBirth(date(2004, 11, 22))
                        .asOf(date(2026, 11, 22))
                        .basicSkillsDeficient(true));

        assertThat(criterion(result, Criterion.AGE).met()).isFalse();
        assertThat(criterion(result, Criterion.AGE).explanation())
                .contains("must be 14 to 21, or older only as an individual with a disability");
    }

    @Test
    void inSchoolYouthOfTwentyTwoWithADisabilityAttendingSchoolQualifies_681_220b() {
        EligibilityResult result = evaluate(
                Program.YOUTH_IN_SCHOOL,
                inSchoolYouth()
                        .dateOfBirth(date(2004, 11, 22))
                        .asOf(date(2026, 11, 22))
                        .disability(true));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, Criterion.AGE).explanation())
                .isEqualTo("Age 22 on 11/22/2026 is over 21, allowed because an individual with a disability"
                        + " attending school under State law may be older (20 CFR 681.220(b)).");
    }

    @Test
    void aLeapDayBirthdayReachesTheAgeOnMarchFirstInACommonYear() {
        // Period.between: born 02/29/2008, one day short of 18 on 02/28/2026, 18 on 03/01/2026.
        assertThat(AgeRules.ageOn(date(2008, 2, 29), date(2026, 2, 28))).isEqualTo(17);
        assertThat(AgeRules.ageOn(date(2008, 2, 29), date(2026, 3, 1))).isEqualTo(18);
        assertThat(AgeRules.ageOn(date(2008, 2, 29), date(2028, 2, 29))).isEqualTo(20);
    }

    @Test
    void aLeapDayAdultIsEligibleOnMarchFirstNotFebruaryTwentyEighth_680_120() {
        EligibilityFactsBuilder leapling = adult().dateOfBirth(date(2008, 2, 29));

        assertThat(evaluate(Program.ADULT, leapling.asOf(date(2026, 2, 28))).eligible())
                .isFalse();
        assertThat(evaluate(Program.ADULT, leapling.asOf(date(2026, 3, 1))).eligible())
                .isTrue();
    }

    @Test
    void dislocatedWorkersHaveNoAgeCriterion_680_130() {
        EligibilityResult result = evaluate(
                Program.DISLOCATED_WORKER,
                adult().dislocatedWorkerCategory(4)
                        .unpaidServicesToFamilyInHome(true)
                        .lostSupportOfFamilyIncome(true)
                        .homemakerUnemployedOrUnderemployed(true));

        assertThat(result.criterion(Criterion.AGE)).isEmpty();
    }
}
