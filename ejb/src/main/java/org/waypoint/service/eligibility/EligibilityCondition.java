package org.waypoint.service.eligibility;

import org.waypoint.service.common.Text;

/**
 * What an eligible finding carries besides "eligible": the local 5% caps it counts toward, and the
 * services it does not open. The enrollment reads them: a youth counted under a cap is counted in
 * the local area's program year, and a limited dislocated worker is not offered training.
 */
public enum EligibilityCondition {
    /** A youth who is not low-income counted under the 5% low-income exception (20 CFR 681.250(c)). */
    LOW_INCOME_EXCEPTION("Counts toward the 5% low-income exception (20 CFR 681.250(c))"),
    /**
     * An in-school youth eligible only because they require additional assistance: at most 5% of a
     * local area's in-school youth (20 CFR 681.310(b)).
     */
    IN_SCHOOL_ADDITIONAL_ASSISTANCE(
            "Counts toward the 5% of in-school youth eligible by requiring additional assistance (20 CFR 681.310(b))"),
    /**
     * Employed at a facility whose employer made a general announcement of closure with no date within
     * 180 days: a dislocated worker for services other than training (WIOA sec. 3(15)(B)(iii)).
     */
    NO_TRAINING_SERVICES(
            "Eligible for services other than training services, career services of sec. 134(c)(2)(A)(xii) and"
                    + " supportive services (WIOA sec. 3(15)(B)(iii))");

    private final String label;

    EligibilityCondition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label in the reader's language. */
    public Text text() {
        return Text.of("eligibility.condition." + name());
    }
}
