package org.waypoint.persistence.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One criterion of a saved determination: met or not, and the sentence that says why, in English as
 * decided. {@code text} is the same sentence as a service text's JSON, so that a Spanish page reads it
 * in Spanish (issue 19); null for a determination saved before texts were kept.
 */
@Embeddable
public class CriterionOutcome {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private boolean met;

    @Column(nullable = false, length = 2000)
    private String explanation;

    @Column(name = "explanation_text", length = 4000)
    private String text;

    protected CriterionOutcome() {}

    public CriterionOutcome(String code, boolean met, String explanation) {
        this(code, met, explanation, null);
    }

    public CriterionOutcome(String code, boolean met, String explanation, String text) {
        this.code = code;
        this.met = met;
        this.explanation = explanation;
        this.text = text;
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

    /** The explanation as a service text's JSON, or null when only the English was kept. */
    public String getText() {
        return text;
    }
}
