package org.waypoint.web.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.waypoint.service.plan.ObjectiveStatus;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.ServiceType;
import org.waypoint.service.plan.YouthProgramElement;
import org.waypoint.web.common.Pages;

/**
 * The options of the plan pages ({@code #{planChoices.serviceTypes}} ...), labelled from the
 * message bundle, and the achievement objectives the Georgia policy gives as examples (I.D:
 * completion of training, basic skills levels, GED, elimination of employment barriers).
 */
@Named
@ApplicationScoped
public class PlanChoices {

    /** Georgia 3.3.1 I.D's examples, as the start of an objective staff then make specific. */
    private static final List<String> OBJECTIVE_SUGGESTIONS = List.of(
            "Complete the training program",
            "Gain one educational functioning level in basic skills",
            "Earn a high school equivalency (GED)",
            "Remove a barrier to employment",
            "Earn an industry-recognized credential",
            "Enter unsubsidized employment in the goal occupation");

    public List<SelectItem> getServiceTypes() {
        return Arrays.stream(ServiceType.values())
                .map(t -> new SelectItem(t, t.label()))
                .toList();
    }

    public List<SelectItem> getObjectiveStatuses() {
        return items(ObjectiveStatus.values());
    }

    public List<SelectItem> getTerms() {
        return items(PlanContent.Term.values());
    }

    public List<String> getObjectiveSuggestions() {
        return OBJECTIVE_SUGGESTIONS;
    }

    /** The 14 youth program elements of 20 CFR 681.460, valued by their number. */
    public List<SelectItem> getYouthElements() {
        return Arrays.stream(YouthProgramElement.values())
                .map(e -> new SelectItem(e.number(), e.numberedLabel()))
                .toList();
    }

    private static List<SelectItem> items(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> new SelectItem(
                        v, Pages.text("enum." + v.getDeclaringClass().getSimpleName() + "." + v.name())))
                .toList();
    }
}
