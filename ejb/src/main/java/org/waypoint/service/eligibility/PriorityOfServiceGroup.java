package org.waypoint.service.eligibility;

import org.waypoint.service.common.Text;

/**
 * The order in which eligible adults receive individualized career and training services (WIOA sec.
 * 134(c)(3)(E), 20 CFR 680.600, veterans' priority under 38 U.S.C. 4215, and the order of DOL TEGL
 * 19-16 with the Governor's or local board's own priority groups as the fourth tier). A priority
 * population is recipients of public assistance, other low-income individuals, and the basic skills
 * deficient (English language learners among them, WIOA sec. 3(5)(B)).
 */
public enum PriorityOfServiceGroup {
    VETERAN_IN_PRIORITY_POPULATION(
            1,
            "Veterans and eligible spouses who are public assistance recipients, low-income or basic skills deficient"),
    PRIORITY_POPULATION(2, "Other public assistance recipients, low-income individuals and basic skills deficient"),
    VETERAN(3, "Veterans and eligible spouses not in a priority population"),
    LOCAL_PRIORITY_POPULATION(4, "In a priority group set by the Governor or the local board (TEGL 19-16)"),
    EVERYONE_ELSE(5, "Everyone else");

    private final int number;
    private final String description;

    PriorityOfServiceGroup(int number, String description) {
        this.number = number;
        this.description = description;
    }

    public int number() {
        return number;
    }

    public String description() {
        return description;
    }

    /** The description in the reader's language. */
    public Text text() {
        return Text.of("eligibility.priorityGroup." + name());
    }
}
