package org.waypoint.service.eligibility;

import java.util.Objects;

/**
 * One criterion's answer for one person: the stable {@link Criterion} code, whether it is met, and
 * the sentence a case manager or monitor reads (the fact, the rule, the citation). Kept as a plain
 * string code so the REST layer and stored determinations need no enum of this package.
 *
 * <p>{@code determined} is false when the answer depends on a table the state has not entered (an
 * income schedule in force on the date): such a criterion is neither met nor "not met", and its
 * explanation names the missing table (WIOA sec. 3(36)(A)(ii)). {@code met} is then false.
 */
public record CriterionResult(String code, boolean met, String explanation, boolean determined) {

    public CriterionResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
        if (explanation.isBlank()) {
            throw new IllegalArgumentException("A criterion result needs an explanation");
        }
        if (!determined && met) {
            throw new IllegalArgumentException("A criterion that cannot be determined is not met either");
        }
    }

    /** A determined answer. */
    public CriterionResult(String code, boolean met, String explanation) {
        this(code, met, explanation, true);
    }
}
