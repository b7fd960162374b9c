package org.waypoint.service.lmi.pathway;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.waypoint.service.common.Text;

/**
 * The career pathway as the plan's steps: one sentence each, "Work as ... (SOC). Preparation: ...
 * In Bluegrass LWA: median $..., ... openings a year. Why.", the last "Goal: ...". Texts, so the plan
 * editor writes them in the staff member's language; staff then edit them with the participant.
 */
public final class PathwayPlanText {

    private PathwayPlanText() {}

    public static List<Text> lines(CareerPathway pathway) {
        return pathway.steps().stream()
                .map(step -> line(step, pathway.area().name()))
                .toList();
    }

    static Text line(CareerStep step, String areaName) {
        Text label =
                Text.of(step.goal() ? "lmi.pathway.plan.goal" : "lmi.pathway.plan.stone", step.title(), step.soc());
        Text zone = step.jobZone() == null
                ? Text.of("lmi.pathway.plan.noZone")
                : Text.of("lmi.pathway.plan.zoneShort." + step.jobZone());
        Text preparation = step.typicalEducation() == null
                ? Text.of("lmi.pathway.plan.preparation", zone)
                : Text.of("lmi.pathway.plan.preparationEducation", zone, step.typicalEducation());
        Integer wage = step.medianAnnualWage();
        Integer openings = step.annualOpenings();
        Text figures;
        if (wage != null && openings != null) {
            figures = Text.of("lmi.pathway.plan.figures", areaName, money(wage), number(openings));
        } else if (wage != null) {
            figures = Text.of("lmi.pathway.plan.wageOnly", areaName, money(wage));
        } else if (openings != null) {
            figures = Text.of("lmi.pathway.plan.openingsOnly", areaName, number(openings));
        } else {
            figures = Text.of("lmi.pathway.plan.noFigures", areaName);
        }
        return Text.of("lmi.pathway.plan.line", label, preparation, figures, step.explanation());
    }

    private static String money(int dollars) {
        return "$" + number(dollars);
    }

    private static String number(int value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }
}
