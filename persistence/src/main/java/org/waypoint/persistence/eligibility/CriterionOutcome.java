package org.waypoint.persistence.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One criterion of a saved determination: met or not, and the sentence that says why. */
@Embeddable
public class CriterionOutcome {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private boolean met;

    @Column(nullable = false, length = 2000)
    private String explanation;

    protected CriterionOutcome() {}

    public CriterionOutcome(String code, boolean met, String explanation) {
        this.code = code;
        this.met = met;
        this.explanation = explanation;
    }

    public String getCode() {
        return code;
    }

    public boolean isMet() {
        return met;
    }

    public String getExplanation() {
        return explanation;
    }
}
