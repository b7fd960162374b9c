package org.waypoint.persistence.training;

/**
 * The type of training service as PIRL 1303 codes it (code 07, ABE/ESL funded by Trade Adjustment
 * Assistance alone, is not a WIOA Title I training and is left out).
 */
public enum TrainingType {
    ON_THE_JOB("01"),
    SKILL_UPGRADING("02"),
    ENTREPRENEURIAL("03"),
    ABE_ESL_WITH_TRAINING("04"),
    CUSTOMIZED("05"),
    OCCUPATIONAL_SKILLS("06"),
    PREREQUISITE("08"),
    REGISTERED_APPRENTICESHIP("09"),
    YOUTH_OCCUPATIONAL_SKILLS("10"),
    OTHER_NON_OCCUPATIONAL("11"),
    JOB_READINESS("12");

    private final String pirlCode;

    TrainingType(String pirlCode) {
        this.pirlCode = pirlCode;
    }

    /** The PIRL 1303 code value. */
    public String pirlCode() {
        return pirlCode;
    }

    /** Training at an employer's worksite, which names that employer (20 CFR 680.700, 680.760). */
    public boolean atAnEmployer() {
        return this == ON_THE_JOB || this == CUSTOMIZED;
    }
}
