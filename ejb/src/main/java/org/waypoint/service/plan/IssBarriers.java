package org.waypoint.service.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waypoint.service.eligibility.Barrier;

/**
 * The barriers a new ISS starts with: the youth barriers the eligibility determination found that
 * the participant record has no place for (a school dropout above all, 20 CFR 681.210(c)(1); a
 * missed school quarter; requiring additional assistance), first, then the record's own barriers.
 * The ISS addresses the barriers that made the youth eligible (20 CFR 681.420(a)); a dropout found
 * at eligibility was missing from it (issue 19).
 */
final class IssBarriers {

    /** The youth barriers the participant record cannot hold, in the order the ISS lists them. */
    private static final List<Barrier> CARRIED =
            List.of(Barrier.SCHOOL_DROPOUT, Barrier.MISSED_SCHOOL_QUARTER, Barrier.REQUIRES_ADDITIONAL_ASSISTANCE);

    private IssBarriers() {}

    /**
     * @param determined the codes of the youth barriers of the eligible youth determination (empty
     *     when there is none)
     * @param onRecord the labels of the participant record's barriers
     */
    static List<String> startingWith(Set<String> determined, List<String> onRecord) {
        List<String> barriers = new ArrayList<>();
        for (Barrier barrier : CARRIED) {
            if (determined.contains(barrier.name())) {
                barriers.add(capitalized(barrier.label()));
            }
        }
        onRecord.stream().filter(label -> !barriers.contains(label)).forEach(barriers::add);
        return barriers;
    }

    private static String capitalized(String label) {
        return label.substring(0, 1).toUpperCase(Locale.US) + label.substring(1);
    }
}
