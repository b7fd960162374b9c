package org.waypoint.service.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/** People who meet every criterion but the one a test changes, so each test reads as one fact. */
final class TestFacts {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    /**
     * The 2025 HHS poverty guidelines with a fictional 70% LLSIL (not a published table) that is below
     * the guideline at every family size, so the guideline decides and every answer is determined.
     */
    static final IncomeThresholds HHS_2025 = IncomeThresholds.of(
            "US-48",
            IncomeThresholds.federal2025Hhs()
                    .schedules()
                    .get(0)
                    .withLlsil70Percent(
                            dollars(4_000),
                            dollars(10_000),
                            dollars(14_000),
                            dollars(18_000),
                            dollars(22_000),
                            dollars(26_000),
                            dollars(30_000),
                            dollars(34_000),
                            dollars(38_000)));

    /** The 2025 HHS poverty guidelines alone: no 70% LLSIL entered. */
    static final IncomeThresholds HHS_2025_WITHOUT_LLSIL = IncomeThresholds.federal2025Hhs();

    private TestFacts() {}

    /** A woman of 30, authorized to work. */
    static EligibilityFactsBuilder adult() {
        return EligibilityFacts.builder()
                .asOf(AS_OF)
                .dateOfBirth(LocalDate.of(1996, 3, 10))
                .sex(Sex.FEMALE)
                .authorizedToWork(true);
    }

    /** A man of 40, registered with Selective Service. */
    static EligibilityFactsBuilder registeredMan() {
        return adult().dateOfBirth(LocalDate.of(1986, 6, 1)).sex(Sex.MALE).selectiveServiceRegistered(true);
    }

    /** A woman of 19, not in school, with no barrier yet. */
    static EligibilityFactsBuilder outOfSchoolYouth() {
        return adult().dateOfBirth(LocalDate.of(2007, 5, 1)).attendingSchool(false);
    }

    /** A girl of 16 in school, low-income through SNAP, with no barrier yet. */
    static EligibilityFactsBuilder inSchoolYouth() {
        return adult().dateOfBirth(LocalDate.of(2010, 5, 1))
                .attendingSchool(true)
                .publicAssistance(PublicAssistance.SNAP);
    }

    /** Family income for the income test, no other low-income path. */
    static EligibilityFactsBuilder withIncome(EligibilityFactsBuilder builder, int familySize, long income) {
        return builder.familySize(familySize).annualFamilyIncome(BigDecimal.valueOf(income));
    }

    static EligibilityResult evaluate(Program program, EligibilityFactsBuilder facts) {
        return EligibilityRules.evaluate(program, facts.build(), HHS_2025);
    }

    static CriterionResult criterion(EligibilityResult result, Criterion criterion) {
        return result.criterion(criterion)
                .orElseThrow(() -> new AssertionError(criterion + " is not among " + result.criteria()));
    }

    static BigDecimal dollars(long amount) {
        return BigDecimal.valueOf(amount);
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
