package org.waypoint.persistence.participant;

/**
 * Barriers to employment recorded at entry (PIRL 800-808 and the youth barriers of 20 CFR 681.210
 * and 681.220). Low income is not here: it is derived from income and public assistance.
 */
public enum Barrier {
    HOMELESS_OR_RUNAWAY("Homeless or runaway"),
    EX_OFFENDER("Ex-offender / subject to the justice system"),
    ENGLISH_LANGUAGE_LEARNER("English language learner"),
    BASIC_SKILLS_DEFICIENT("Basic skills deficient"),
    CULTURAL_BARRIERS("Cultural barriers"),
    SINGLE_PARENT("Single parent"),
    DISPLACED_HOMEMAKER("Displaced homemaker"),
    LONG_TERM_UNEMPLOYED("Long-term unemployed (27 weeks or more)"),
    FOSTER_CARE("In or aged out of foster care"),
    PREGNANT_OR_PARENTING("Pregnant or parenting"),
    MIGRANT_SEASONAL_FARMWORKER("Migrant or seasonal farmworker");

    private final String label;

    Barrier(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
