package org.waypoint.service.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/** People who meet every criterion but the one a test changes, so each test reads as one fact. */
final class TestFacts {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    static final IncomeThresholds HHS_2025 = IncomeThresholds.federal2025Hhs();

    private TestFacts() {}

    /** A woman of 30, authorized to work. */
    static EligibilityFacts.Builder adult() {
        return EligibilityFacts.builder()
                .asOf(AS_OF)
                .dateOfBirth(LocalDate.of(1996, 3, 10))
                .sex(Sex.FEMALE)
                .authorizedToWork(true);
    }

    /** A man of 40, registered with Selective Service. */
    static EligibilityFacts.Builder registeredMan() {
        return adult().dateOfBirth(LocalDate.of(1986, 6, 1)).sex(Sex.MALE).selectiveServiceRegistered(true);
    }

    /** A woman of 19, not in school, with no barrier yet. */
    static EligibilityFacts.Builder outOfSchoolYouth() {
        return adult().dateOfBirth(LocalDate.of(2007, 5, 1)).attendingSchool(false);
    }

    /** A girl of 16 in school, low-income through SNAP, with no barrier yet. */
    static EligibilityFacts.Builder inSchoolYouth() {
        return adult().dateOfBirth(LocalDate.of(2010, 5, 1))
                .attendingSchool(true)
                .publicAssistance(PublicAssistance.SNAP);
    }

    /** Family income for the income test, no other low-income path. */
    static EligibilityFacts.Builder withIncome(EligibilityFacts.Builder builder, int familySize, long income) {
        return builder.familySize(familySize).annualFamilyIncome(BigDecimal.valueOf(income));
    }

    static EligibilityResult evaluate(Program program, EligibilityFacts.Builder facts) {
        return EligibilityRules.evaluate(program, facts.build(), HHS_2025);
    }

    static CriterionResult criterion(EligibilityResult result, Criterion criterion) {
        return result.criterion(criterion)
                .orElseThrow(() -> new AssertionError(criterion + " is not among " + result.criteria()));
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
