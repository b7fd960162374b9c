package org.waypoint.service.lmi;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.common.Text;

/**
 * Waypoint's own growth-and-openings signal for an occupation in an area, and why, in words a career
 * seeker can follow. It is not the official "in demand" label: WIOA sec. 3(23) leaves that to the
 * state and local boards, whose lists plans show ({@code org.waypoint.service.reference.InDemandLabel}).
 *
 * @param known false when the area has no projections to judge by (the flag is then false)
 * @param explanation e.g. "Grows 9.2 % (all jobs here: 4.1 %) and has 127 openings a year (the
 *     typical occupation here: 38)." in English, as the REST API answers it
 * @param reason the explanation's kind and figures, which the profile page ({@link #explanationText()})
 *     and the LMI report read in their own language (issue 19); null for an explanation given as it is
 */
public record InDemand(boolean inDemand, boolean known, String explanation, @JsonbTransient Reason reason)
        implements Serializable {

    /** The rule, as the profile page and the report print it (in English; see {@link #rule()}). */
    public static final String RULE = "Waypoint's growth-and-openings signal: over the projection period the"
            + " occupation's employment in the area"
            + " grows at least as fast as all jobs in the area, and it has at least as many openings a year as"
            + " the median detailed occupation in the area.";

    public InDemand(boolean inDemand, boolean known, String explanation) {
        this(inDemand, known, explanation, null);
    }

    /** The signal explained: {@code kind} names the sentence, {@code args} its figures, formatted. */
    static InDemand of(boolean inDemand, boolean known, String kind, String... args) {
        Reason reason = new Reason(kind, List.of(args));
        return new InDemand(inDemand, known, reason.text().english(), reason);
    }

    /** The rule in the reader's language. */
    public static Text rule() {
        return Text.of("lmi.inDemand.rule");
    }

    /** The explanation in the reader's language; null when there is none. */
    public Text explanationText() {
        if (reason != null) {
            return reason.text();
        }
        return explanation == null ? null : Text.literal(explanation);
    }

    /**
     * Why the signal is what it is: {@code none} and {@code suppressed} (args: the area),
     * {@code grows} and {@code changes} (args: growth, area, growth of all jobs, openings, the median
     * occupation's openings). The page's text is {@code lmi.inDemand.<kind>}, the report's
     * {@code report.inDemand.<kind>} in the documents bundle.
     */
    public record Reason(String kind, List<String> args) implements Serializable {

        public Text text() {
            return Text.of("lmi.inDemand." + kind, args.toArray());
        }
    }
}
