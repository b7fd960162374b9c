package org.waypoint.persistence.participant;

/**
 * The PIRL's other reasons for exit (data element 923, PY2022 Q4 layout): a participant who exits
 * for one of these is left out of the performance indicators (20 CFR 677.155(b)). Code 06
 * (ineligible) applies only to Vocational Rehabilitation in the PIRL; it is kept so a title I record
 * found ineligible can still be recorded as such.
 */
public enum ExitExclusion {
    INSTITUTIONALIZED("01", "Institutionalized"),
    HEALTH_MEDICAL("02", "Health or medical"),
    DECEASED("03", "Deceased"),
    RESERVE_FORCES_ACTIVE_DUTY("04", "Reserve forces called to active duty"),
    FOSTER_CARE_MOVED("05", "Foster-care youth moved from the area"),
    INELIGIBLE("06", "Found ineligible"),
    CRIMINAL_OFFENDER("07", "Criminal offender in a correctional institution");

    private final String pirlCode;
    private final String label;

    ExitExclusion(String pirlCode, String label) {
        this.pirlCode = pirlCode;
        this.label = label;
    }

    /** The value of PIRL 923. */
    public String pirlCode() {
        return pirlCode;
    }

    public String label() {
        return label;
    }
}
