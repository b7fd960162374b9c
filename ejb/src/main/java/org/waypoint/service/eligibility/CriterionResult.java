package org.waypoint.service.eligibility;

import java.util.Objects;

/**
 * One criterion's answer for one person: the stable {@link Criterion} code, whether it is met, and
 * the sentence a case manager or monitor reads (the fact, the rule, the citation). Kept as a plain
 * string code so the REST layer and stored determinations need no enum of this package.
 */
public record CriterionResult(String code, boolean met, String explanation) {

    public CriterionResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
        if (explanation.isBlank()) {
            throw new IllegalArgumentException("A criterion result needs an explanation");
        }
    }
}
