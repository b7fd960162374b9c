package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.date;
import static org.waypoint.service.eligibility.Explanations.yes;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age on the date of determination and the age ranges of each program. Age is whole years by the
 * calendar ({@link Period#between}): a person born 11/22/2008 is 18 on 11/22/2026, not the day
 * before; a person born on February 29 reaches a new age on March 1 in a common year (on February
 * 28 they are still a day short). The Dislocated Worker definition has no age range.
 */
public final class AgeRules {

    public static final int ADULT_MINIMUM = 18;
    public static final int OUT_OF_SCHOOL_MINIMUM = 16;
    public static final int OUT_OF_SCHOOL_MAXIMUM = 24;
    public static final int IN_SCHOOL_MINIMUM = 14;
    /** Older in-school youth qualify only as individuals with a disability attending school under State law. */
    public static final int IN_SCHOOL_MAXIMUM = 21;

    private AgeRules() {}

    /** Age in whole years on {@code asOf}. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate asOf) {
        return Period.between(dateOfBirth, asOf).getYears();
    }

    static CriterionResult adult(EligibilityFacts facts) {
        int age = ageOn(facts.dateOfBirth(), facts.asOf());
        String fact = "Age " + age + " on " + date(facts.asOf());
        if (age >= ADULT_MINIMUM) {
            return Criterion.AGE.met(fact + " meets the adult minimum age of 18 (20 CFR 680.120).");
        }
        return Criterion.AGE.notMet(fact + ": an adult must be 18 or older (20 CFR 680.120).");
    }

    static CriterionResult outOfSchoolYouth(EligibilityFacts facts) {
        int age = ageOn(facts.dateOfBirth(), facts.asOf());
        String fact = "Age " + age + " on " + date(facts.asOf());
        if (age >= OUT_OF_SCHOOL_MINIMUM && age <= OUT_OF_SCHOOL_MAXIMUM) {
            return Criterion.AGE.met(
                    fact + " is within 16 to 24, the out-of-school youth age range (20 CFR 681.210(b)).");
        }
        return Criterion.AGE.notMet(fact + ": an out-of-school youth must be 16 to 24 (20 CFR 681.210(b)).");
    }

    static CriterionResult inSchoolYouth(EligibilityFacts facts) {
        int age = ageOn(facts.dateOfBirth(), facts.asOf());
        String fact = "Age " + age + " on " + date(facts.asOf());
        if (age < IN_SCHOOL_MINIMUM) {
            return Criterion.AGE.notMet(fact + ": an in-school youth must be 14 to 21 (20 CFR 681.220(b)).");
        }
        if (age <= IN_SCHOOL_MAXIMUM) {
            return Criterion.AGE.met(fact + " is within 14 to 21, the in-school youth age range (20 CFR 681.220(b)).");
        }
        if (yes(facts.disability()) && yes(facts.attendingSchool())) {
            return Criterion.AGE.met(fact + " is over 21, allowed because an individual with a disability attending"
                    + " school under State law may be older (20 CFR 681.220(b)).");
        }
        return Criterion.AGE.notMet(fact + ": an in-school youth must be 14 to 21, or older only as an individual"
                + " with a disability attending school under State law (20 CFR 681.220(b)).");
    }
}
