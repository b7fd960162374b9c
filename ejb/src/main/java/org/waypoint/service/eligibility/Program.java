package org.waypoint.service.eligibility;

import org.waypoint.service.common.Text;

/**
 * The WIOA Title I programs a person can be found eligible for. Youth is split in two because
 * out-of-school and in-school youth have different age ranges, school status and barriers.
 */
public enum Program {
    ADULT("Adult", "20 CFR 680.120"),
    DISLOCATED_WORKER("Dislocated Worker", "WIOA sec. 3(15); 20 CFR 680.130"),
    YOUTH_IN_SCHOOL("In-school youth", "20 CFR 681.220"),
    YOUTH_OUT_OF_SCHOOL("Out-of-school youth", "20 CFR 681.210");

    private final String label;
    private final String citation;

    Program(String label, String citation) {
        this.label = label;
        this.citation = citation;
    }

    public String label() {
        return label;
    }

    /** The label in the reader's language. */
    public Text text() {
        return Text.of("eligibility.program." + name());
    }

    public String citation() {
        return citation;
    }

    public boolean isYouth() {
        return this == YOUTH_IN_SCHOOL || this == YOUTH_OUT_OF_SCHOOL;
    }
}
