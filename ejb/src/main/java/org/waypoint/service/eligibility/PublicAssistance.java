package org.waypoint.service.eligibility;

import org.waypoint.service.common.Text;

/**
 * The public assistance that makes a person low-income when they, or their family, receive it or
 * received it in the past 6 months (WIOA sec. 3(36)).
 */
public enum PublicAssistance {
    TANF("TANF"),
    SNAP("SNAP"),
    SSI("SSI"),
    OTHER("other state or local income-based public assistance");

    private final String label;

    PublicAssistance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label in the reader's language, as explanations name it. */
    public Text text() {
        return Text.of("eligibility.publicAssistance." + name());
    }
}
