package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.date;
import static org.waypoint.service.eligibility.Explanations.text;

import java.time.LocalDate;
import java.util.List;
import org.waypoint.service.common.Text;

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
        String onDate = date(facts.asOf());
        if (facts.dateOfBirth().isBefore(REQUIRED_IF_BORN_ON_OR_AFTER)) {
            return Criterion.SELECTIVE_SERVICE.met(text("selectiveService.bornBefore1960", date(facts.dateOfBirth())));
        }
        if (age < REGISTRATION_AGE) {
            return Criterion.SELECTIVE_SERVICE.met(text("selectiveService.tooYoung", age, onDate));
        }
        if (Boolean.TRUE.equals(facts.selectiveServiceExempt())) {
            return Criterion.SELECTIVE_SERVICE.met(text("selectiveService.exempt", age, onDate));
        }
        if (facts.sex() == Sex.FEMALE) {
            return Criterion.SELECTIVE_SERVICE.met(text("selectiveService.female"));
        }
        if (facts.sex() == Sex.UNDISCLOSED) {
            return Criterion.SELECTIVE_SERVICE.notMet(text("selectiveService.sexNotDisclosed"));
        }
        Text man = text("selectiveService.man", date(facts.dateOfBirth()), age, onDate);
        if (facts.selectiveServiceRegistered()) {
            return Criterion.SELECTIVE_SERVICE.met(text("selectiveService.registered", man));
        }
        if (age < REGISTRATION_CLOSED_AGE) {
            return Criterion.SELECTIVE_SERVICE.notMet(text("selectiveService.mustRegister", man));
        }
        if (facts.selectiveServiceNotKnowingAndWillful()) {
            return Criterion.SELECTIVE_SERVICE.met(text("selectiveService.notKnowingAndWillful", man));
        }
        return Criterion.SELECTIVE_SERVICE.notMet(text("selectiveService.notRegistered", man));
    }

    private static boolean requiredByBirthDateAndAge(EligibilityFacts facts) {
        return !facts.dateOfBirth().isBefore(REQUIRED_IF_BORN_ON_OR_AFTER) && age(facts) >= REGISTRATION_AGE;
    }

    private static int age(EligibilityFacts facts) {
        return AgeRules.ageOn(facts.dateOfBirth(), facts.asOf());
    }
}
