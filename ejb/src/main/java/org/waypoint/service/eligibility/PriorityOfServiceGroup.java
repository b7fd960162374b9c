package org.waypoint.service.eligibility;

/**
 * The order in which eligible adults receive individualized career and training services (WIOA sec.
 * 134(c)(3)(E), 20 CFR 680.600, and veterans' priority under 38 U.S.C. 4215). A priority population
 * is recipients of public assistance, other low-income individuals, and the basic skills deficient.
 */
public enum PriorityOfServiceGroup {
    VETERAN_IN_PRIORITY_POPULATION(
            1,
            "Veterans and eligible spouses who are public assistance recipients, low-income or basic skills deficient"),
    PRIORITY_POPULATION(2, "Other public assistance recipients, low-income individuals and basic skills deficient"),
    VETERAN(3, "Veterans and eligible spouses not in a priority population"),
    EVERYONE_ELSE(4, "Everyone else");

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
}
