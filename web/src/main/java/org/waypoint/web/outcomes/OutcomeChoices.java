package org.waypoint.web.outcomes;

import jakarta.faces.model.SelectItem;
import java.util.Arrays;
import java.util.List;
import org.waypoint.persistence.outcomes.EvidenceKind;
import org.waypoint.service.outcomes.OutcomeRules;
import org.waypoint.service.services.ServicePeriodView;
import org.waypoint.service.training.TrainingView;
import org.waypoint.web.common.Formats;
import org.waypoint.web.common.Pages;

/**
 * The menus the credential and skill gain pages share: the participant's enrollments an outcome can
 * count for (Wagner-Peyser left out: its indicators are employment and earnings only), their
 * trainings, and the kinds of evidence.
 */
final class OutcomeChoices {

    private OutcomeChoices() {}

    /** "Adult, entered 03/02/2026 (open)" for each enrollment that takes outcomes. */
    static List<SelectItem> enrollments(List<ServicePeriodView> periods, Formats fmt) {
        return periods.stream()
                .filter(e -> OutcomeRules.takesOutcomes(e.program()))
                .map(e -> new SelectItem(
                        e.enrollmentId(),
                        Pages.text("enum.Program." + e.program().name()) + ", " + Pages.text("services.entered") + " "
                                + fmt.date(e.entryDate())
                                + (e.exited()
                                        ? " (" + Pages.text("services.exitedOn") + " " + fmt.date(e.exitDate()) + ")"
                                        : " (" + Pages.text("services.open") + ")")))
                .toList();
    }

    /** The single enrollment to preselect, or null when there are none or several. */
    static Long onlyEnrollment(List<SelectItem> enrollments) {
        return enrollments.size() == 1 ? (Long) enrollments.get(0).getValue() : null;
    }

    /** "TR-ITA — Provider — Program, from 03/02/2026" for each training. */
    static List<SelectItem> trainings(List<TrainingView> trainings, Formats fmt) {
        return trainings.stream()
                .map(t -> new SelectItem(
                        t.id(),
                        t.serviceCode() + " — "
                                + (t.programName() != null
                                        ? t.provider() + " — " + t.programName()
                                        : t.employer() != null ? t.employer() : t.serviceName())
                                + ", " + Pages.text("outcomes.from") + " " + fmt.date(t.startDate())))
                .toList();
    }

    static List<SelectItem> evidenceKinds() {
        return Arrays.stream(EvidenceKind.values())
                .map(k -> new SelectItem(k, Pages.text("enum.EvidenceKind." + k.name())))
                .toList();
    }
}
