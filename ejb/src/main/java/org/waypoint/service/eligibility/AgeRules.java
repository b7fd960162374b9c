package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.date;
import static org.waypoint.service.eligibility.Explanations.text;
import static org.waypoint.service.eligibility.Explanations.yes;

import java.time.LocalDate;
import java.time.Period;
import org.waypoint.service.common.Text;

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
        Text fact = fact(age, facts);
        if (age >= ADULT_MINIMUM) {
            return Criterion.AGE.met(text("age.adult.met", fact));
        }
        return Criterion.AGE.notMet(text("age.adult.notMet", fact));
    }

    static CriterionResult outOfSchoolYouth(EligibilityFacts facts) {
        int age = ageOn(facts.dateOfBirth(), facts.asOf());
        Text fact = fact(age, facts);
        if (age >= OUT_OF_SCHOOL_MINIMUM && age <= OUT_OF_SCHOOL_MAXIMUM) {
            return Criterion.AGE.met(text("age.outOfSchool.met", fact));
        }
        return Criterion.AGE.notMet(text("age.outOfSchool.notMet", fact));
    }

    static CriterionResult inSchoolYouth(EligibilityFacts facts) {
        int age = ageOn(facts.dateOfBirth(), facts.asOf());
        Text fact = fact(age, facts);
        if (age < IN_SCHOOL_MINIMUM) {
            return Criterion.AGE.notMet(text("age.inSchool.notMet", fact));
        }
        if (age <= IN_SCHOOL_MAXIMUM) {
            return Criterion.AGE.met(text("age.inSchool.met", fact));
        }
        if (yes(facts.disability()) && yes(facts.attendingSchool())) {
            return Criterion.AGE.met(text("age.inSchool.olderWithDisability", fact));
        }
        return Criterion.AGE.notMet(text("age.inSchool.tooOld", fact));
    }

    /** "Age 17 on 11/21/2026". */
    private static Text fact(int age, EligibilityFacts facts) {
        return text("age.on", age, date(facts.asOf()));
    }
}
