package org.waypoint.service.plan;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.RelatedOccupationFigures;

/**
 * A first draft of the career pathway (Kentucky must-include item 5) from the labor market
 * information: the goal occupation's related occupations (O*NET) that pay less than the goal in
 * the participant's area are the rungs a career seeker can work in while training, lowest first,
 * and the goal is the last step. Staff edit the steps with the participant; this only saves typing
 * the figures.
 */
public final class CareerPathways {

    /** At most this many stepping-stone occupations before the goal. */
    static final int MAX_STEPS = 2;

    private CareerPathways() {}

    public static List<String> suggest(OccupationProfile goal) {
        Integer goalMedian = goal.wages() == null ? null : goal.wages().median();
        List<String> steps = new ArrayList<>();
        goal.related().stream()
                .filter(r -> r.medianAnnualWage() != null && (goalMedian == null || r.medianAnnualWage() < goalMedian))
                .sorted(Comparator.comparing(RelatedOccupationFigures::medianAnnualWage))
                .limit(MAX_STEPS)
                .forEach(r -> steps.add("Work as " + r.title() + " (" + r.soc() + "), a related occupation: median "
                        + money(r.medianAnnualWage()) + " a year"
                        + (r.annualOpenings() == null ? "" : ", " + number(r.annualOpenings()) + " openings a year")
                        + "."));
        StringBuilder last = new StringBuilder("Goal: " + goal.title() + " (" + goal.soc() + ")");
        if (goal.typicalEducation() != null) {
            last.append(", typically entered with: ")
                    .append(goal.typicalEducation().toLowerCase(Locale.US));
        }
        if (goalMedian != null) {
            last.append("; median ")
                    .append(money(goalMedian))
                    .append(" a year in ")
                    .append(goal.area().name());
        }
        steps.add(last.append('.').toString());
        return steps;
    }

    private static String money(int amount) {
        return "$" + number(amount);
    }

    private static String number(int value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }
}
