package org.waypoint.service.eligibility;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.Objects;
import org.waypoint.service.common.Text;

/**
 * One criterion's answer for one person: the stable {@link Criterion} code, whether it is met, and
 * the sentence a case manager or monitor reads (the fact, the rule, the citation). Kept as a plain
 * string code so the REST layer and stored determinations need no enum of this package.
 *
 * <p>{@code determined} is false when the answer depends on a table the state has not entered (an
 * income schedule in force on the date): such a criterion is neither met nor "not met", and its
 * explanation names the missing table (WIOA sec. 3(36)(A)(ii)). {@code met} is then false.
 *
 * <p>{@code text} is the explanation in either language (issue 19); {@code explanation} is its English
 * reading, the one the REST API sends and the stored determination keeps. JSON-B leaves {@code text} out.
 */
public record CriterionResult(
        String code, boolean met, String explanation, boolean determined, @JsonbTransient Text text)
        implements Serializable {

    public CriterionResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
        if (text == null) {
            text = Text.literal(explanation);
        }
        if (explanation.isBlank()) {
            throw new IllegalArgumentException("A criterion result needs an explanation");
        }
        if (!determined && met) {
            throw new IllegalArgumentException("A criterion that cannot be determined is not met either");
        }
    }

    /** An answer whose explanation is the same in every language (one stored before texts were kept). */
    public CriterionResult(String code, boolean met, String explanation, boolean determined) {
        this(code, met, explanation, determined, Text.literal(explanation));
    }

    /** A determined answer. */
    public CriterionResult(String code, boolean met, String explanation) {
        this(code, met, explanation, true);
    }

    /** An answer explained by a text: its explanation is the text's English. */
    public CriterionResult(String code, boolean met, Text text, boolean determined) {
        this(code, met, text.english(), determined, text);
    }

    /** The same answer: code, met, determined and the English explanation; the text is how it reads. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CriterionResult r
                && code.equals(r.code)
                && met == r.met
                && determined == r.determined
                && explanation.equals(r.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, met, explanation, determined);
    }

    @Override
    public String toString() {
        return "CriterionResult[code=" + code + ", met=" + met + ", explanation=" + explanation + ", determined="
                + determined + "]";
    }
}
