package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.date;

import java.time.LocalDate;
import java.util.List;

/**
 * Selective Service registration, a condition of every WIOA Title I program (WIOA sec. 189(h), 20
 * CFR 683.225): those assigned male at birth and born on or after 01/01/1960 must register from age
 * 18; registration closes at 26. A man of 18 to 25 who has not registered must register first. A man
 * of 26 or older who never registered is eligible only with a documented finding that his failure
 * to register was not knowing and willful. Women, men born before 1960, and anyone under 18 are not
 * required to register. A person recorded as exempt (the record's "not required": a non-immigrant,
 * one serving on active duty, one hospitalized, institutionalized or incarcerated throughout the
 * registration years) meets the requirement by that exemption: it is not "not registered" (20 CFR
 * 683.225). When sex is {@link Sex#UNDISCLOSED} the criterion is not met until it is recorded.
 */
public final class SelectiveServiceRule {

    /** Men born on or after this date must register. */
    public static final LocalDate REQUIRED_IF_BORN_ON_OR_AFTER = LocalDate.of(1960, 1, 1);

    public static final int REGISTRATION_AGE = 18;
    /** From this age a man can no longer register. */
    public static final int REGISTRATION_CLOSED_AGE = 26;

    private static final String CITATION = "(WIOA sec. 189(h); 20 CFR 683.225)";

    private SelectiveServiceRule() {}

    /**
     * The facts needed once asOf and dateOfBirth are known, each only when the facts so far show it
     * is needed: sex when registration could apply by birth date and age, registration for a man, the
     * not-knowing-and-willful finding for an unregistered man of 26 or older.
     */
    static List<String> missingFacts(EligibilityFacts facts) {
        if (facts.asOf() == null
                || facts.dateOfBirth() == null
                || !requiredByBirthDateAndAge(facts)
                || Boolean.TRUE.equals(facts.selectiveServiceExempt())) {
            return List.of();
        }
        if (facts.sex() == null) {
            return List.of("sex");
        }
        if (facts.sex() != Sex.MALE) {
            return List.of();
        }
        if (facts.selectiveServiceRegistered() == null) {
            return List.of("selectiveServiceRegistered");
        }
        if (!facts.selectiveServiceRegistered()
                && age(facts) >= REGISTRATION_CLOSED_AGE
                && facts.selectiveServiceNotKnowingAndWillful() == null) {
            return List.of("selectiveServiceNotKnowingAndWillful");
        }
        return List.of();
    }

    static CriterionResult evaluate(EligibilityFacts facts) {
        int age = age(facts);
        String onDate = " on " + date(facts.asOf());
        if (facts.dateOfBirth().isBefore(REQUIRED_IF_BORN_ON_OR_AFTER)) {
            return Criterion.SELECTIVE_SERVICE.met("Born " + date(facts.dateOfBirth())
                    + ", before 01/01/1960: Selective Service registration is not required " + CITATION + ".");
        }
        if (age < REGISTRATION_AGE) {
            return Criterion.SELECTIVE_SERVICE.met("Age " + age + onDate
                    + ": Selective Service registration is not yet required; men register at 18 " + CITATION + ".");
        }
        if (Boolean.TRUE.equals(facts.selectiveServiceExempt())) {
            return Criterion.SELECTIVE_SERVICE.met("Age " + age + onDate
                    + ": recorded as exempt from Selective Service registration, which meets the requirement "
                    + CITATION + ".");
        }
        if (facts.sex() == Sex.FEMALE) {
            return Criterion.SELECTIVE_SERVICE.met(
                    "Female: Selective Service registration applies only to those assigned male at birth " + CITATION
                            + ".");
        }
        if (facts.sex() == Sex.UNDISCLOSED) {
            return Criterion.SELECTIVE_SERVICE.notMet("Sex not disclosed: record the sex assigned at birth to"
                    + " determine whether Selective Service registration is required " + CITATION + ".");
        }
        String man = "Male born " + date(facts.dateOfBirth()) + ", age " + age + onDate;
        if (facts.selectiveServiceRegistered()) {
            return Criterion.SELECTIVE_SERVICE.met(man + ", registered with Selective Service " + CITATION + ".");
        }
        if (age < REGISTRATION_CLOSED_AGE) {
            return Criterion.SELECTIVE_SERVICE.notMet(man + ", not registered with Selective Service: he must"
                    + " register, which he can do until age 26, before he can be served " + CITATION + ".");
        }
        if (facts.selectiveServiceNotKnowingAndWillful()) {
            return Criterion.SELECTIVE_SERVICE.met(man + ", not registered, with a documented finding that the"
                    + " failure to register was not knowing and willful " + CITATION + ".");
        }
        return Criterion.SELECTIVE_SERVICE.notMet(man + ", not registered and past the age of registration,"
                + " without a finding that the failure to register was not knowing and willful " + CITATION + ".");
    }

    private static boolean requiredByBirthDateAndAge(EligibilityFacts facts) {
        return !facts.dateOfBirth().isBefore(REQUIRED_IF_BORN_ON_OR_AFTER) && age(facts) >= REGISTRATION_AGE;
    }

    private static int age(EligibilityFacts facts) {
        return AgeRules.ageOn(facts.dateOfBirth(), facts.asOf());
    }
}
