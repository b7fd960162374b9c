package org.waypoint.service.monitoring;

import static org.waypoint.persistence.monitoring.ItemResult.FINDING;
import static org.waypoint.persistence.monitoring.ItemResult.NOT_APPLICABLE;
import static org.waypoint.persistence.monitoring.ItemResult.PASS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.waypoint.service.common.Text;

/**
 * The checklist rules as they worded the evidence before it became a text (issue 19), kept as the
 * reference that {@link MonitoringEvidenceSpanishTest} holds today's English to, byte for byte.
 */
final class LegacyChecklistRules {

    public static final String TEGL_23_19 = "TEGL 23-19 (data element validation, source documentation)";
    public static final String REQUIRED_ELEMENTS = "20 CFR 680.170; 20 CFR 681.420";
    public static final String KY_LMI = "KY guidance 24-003, IEP section A and Attachment A";
    public static final String KY_REVIEWS = "KY guidance 24-003 (reviewed at least every 90 days)";
    public static final String KY_BEFORE_TRAINING = "KY guidance 24-003 (completed prior to enrollment in training)";
    public static final String GA_JUSTIFICATION = "GA policy 3.3.1 (OWD requires documentation of the justification)";
    public static final String GA_SIGNED_COPY = "GA policy 3.3.1 (a signed copy must be provided to the participant)";
    public static final String GA_FLOW = "GA policy 3.3.1, element I.C (the flow of services must be included)";

    private LegacyChecklistRules() {}

    public static List<ChecklistItemDraft> checklist(FileFacts f) {
        List<ChecklistItemDraft> items = new ArrayList<>();
        items.add(eligibility(f));
        items.add(requiredElements(f));
        if ("KY".equals(f.stateCode())) {
            items.add(kentuckyLmi(f));
            items.add(kentuckyReviews(f));
            items.add(kentuckyBeforeTraining(f));
        } else if ("GA".equals(f.stateCode())) {
            items.add(georgiaJustification(f));
            items.add(georgiaSignedCopy(f));
            items.add(georgiaFlow(f));
        }
        return items;
    }

    static ChecklistItemDraft eligibility(FileFacts f) {
        String q = Text.of("monitoring.question.ELIGIBILITY_SOURCES").english();
        FileFacts.Eligibility e = f.eligibility();
        if (e == null) {
            return item("ELIGIBILITY_SOURCES", q, TEGL_23_19, FINDING, "No eligibility determination recorded.");
        }
        String head = "Determined " + e.determinedOn() + " (" + e.program() + ", "
                + (e.eligible() ? "eligible" : "not eligible") + ")";
        if (!e.eligible()) {
            return item("ELIGIBILITY_SOURCES", q, TEGL_23_19, FINDING, head + ".");
        }
        if (e.documentedFacts().isEmpty()) {
            return item("ELIGIBILITY_SOURCES", q, TEGL_23_19, FINDING, head + "; no fact has its source recorded.");
        }
        return item(
                "ELIGIBILITY_SOURCES",
                q,
                TEGL_23_19,
                PASS,
                head + "; sources: " + String.join(", ", e.documentedFacts()) + ".");
    }

    static ChecklistItemDraft requiredElements(FileFacts f) {
        String q = Text.of("monitoring.question.REQUIRED_ELEMENTS").english();
        List<String> missing = new ArrayList<>();
        if (f.goals() == 0) {
            missing.add("employment goal");
        }
        if (f.objectives() == 0) {
            missing.add("achievement objectives");
        }
        if (f.services() == 0) {
            missing.add("services");
        }
        String counts = f.goals() + " goal(s), " + f.objectives() + " objective(s), " + f.services() + " service(s)";
        return missing.isEmpty()
                ? item("REQUIRED_ELEMENTS", q, REQUIRED_ELEMENTS, PASS, counts + ".")
                : item(
                        "REQUIRED_ELEMENTS",
                        q,
                        REQUIRED_ELEMENTS,
                        FINDING,
                        counts + "; missing: " + String.join(", ", missing) + ".");
    }

    static ChecklistItemDraft kentuckyLmi(FileFacts f) {
        String q = Text.of("monitoring.question.KY_LMI").english();
        FileFacts.Lmi lmi = f.lmi();
        if (lmi == null) {
            return item("KY_LMI", q, KY_LMI, FINDING, "The plan has no LMI section.");
        }
        String evidence =
                lmi.occupations() + " occupation(s), " + lmi.occupationsWithFigures() + " with the four figures; "
                        + (lmi.reviewedWithParticipant()
                                ? "reviewed with the participant"
                                : "not reviewed with the participant")
                        + (lmi.comment() ? "" : "; no LMI comment");
        boolean ok = lmi.reviewedWithParticipant()
                && lmi.occupations() > 0
                && lmi.occupationsWithFigures() == lmi.occupations()
                && lmi.comment();
        return item("KY_LMI", q, KY_LMI, ok ? PASS : FINDING, evidence + ".");
    }

    static ChecklistItemDraft kentuckyReviews(FileFacts f) {
        int interval = f.reviewIntervalDays() == null ? 90 : f.reviewIntervalDays();
        String q = Text.of("monitoring.question.KY_REVIEWS", interval).english();
        if (f.signedOn() == null) {
            return item(
                    "KY_REVIEWS",
                    q,
                    KY_REVIEWS,
                    NOT_APPLICABLE,
                    "The plan is not signed; reviews run from the signed plan.");
        }
        String evidence = "Signed " + f.signedOn() + "; "
                + (f.reviews().isEmpty() ? "no reviews" : "reviews on " + dates(f.reviews()));
        LocalDate last = f.signedOn();
        List<String> gaps = new ArrayList<>();
        for (LocalDate review : f.reviews().stream().sorted().toList()) {
            if (last.plusDays(interval).isBefore(review)) {
                gaps.add(last + " to " + review);
            }
            last = review.isAfter(last) ? review : last;
        }
        if (last.plusDays(interval).isBefore(f.asOf())) {
            gaps.add("none due by " + last.plusDays(interval) + " (period ends " + f.asOf() + ")");
        }
        return gaps.isEmpty()
                ? item("KY_REVIEWS", q, KY_REVIEWS, PASS, evidence + ".")
                : item("KY_REVIEWS", q, KY_REVIEWS, FINDING, evidence + "; gaps: " + String.join("; ", gaps) + ".");
    }

    static ChecklistItemDraft kentuckyBeforeTraining(FileFacts f) {
        String q = Text.of("monitoring.question.KY_BEFORE_TRAINING").english();
        if (f.trainingStarts().isEmpty()) {
            return item("KY_BEFORE_TRAINING", q, KY_BEFORE_TRAINING, NOT_APPLICABLE, "No training recorded.");
        }
        LocalDate first = f.trainingStarts().stream().min(LocalDate::compareTo).orElseThrow();
        if (f.signedOn() == null) {
            return item(
                    "KY_BEFORE_TRAINING",
                    q,
                    KY_BEFORE_TRAINING,
                    FINDING,
                    "Training started " + first + "; the plan is not signed.");
        }
        String evidence = "Signed " + f.signedOn() + "; training started " + first + ".";
        return item(
                "KY_BEFORE_TRAINING", q, KY_BEFORE_TRAINING, f.signedOn().isAfter(first) ? FINDING : PASS, evidence);
    }

    static ChecklistItemDraft georgiaJustification(FileFacts f) {
        String q = Text.of("monitoring.question.GA_JUSTIFICATION").english();
        String evidence = "Justified: goals " + (f.goals() - f.goalsWithoutJustification()) + "/" + f.goals()
                + ", action steps " + (f.objectives() - f.objectivesWithoutJustification()) + "/" + f.objectives()
                + ", services " + (f.services() - f.servicesWithoutJustification()) + "/" + f.services() + ".";
        boolean ok = f.goals() > 0
                && f.goalsWithoutJustification() == 0
                && f.objectivesWithoutJustification() == 0
                && f.servicesWithoutJustification() == 0;
        return item("GA_JUSTIFICATION", q, GA_JUSTIFICATION, ok ? PASS : FINDING, evidence);
    }

    static ChecklistItemDraft georgiaSignedCopy(FileFacts f) {
        String q = Text.of("monitoring.question.GA_SIGNED_COPY").english();
        if (f.signedOn() == null) {
            return item("GA_SIGNED_COPY", q, GA_SIGNED_COPY, FINDING, "The plan is not signed.");
        }
        if (f.copyOffered() == null) {
            return item(
                    "GA_SIGNED_COPY",
                    q,
                    GA_SIGNED_COPY,
                    FINDING,
                    "Signed " + f.signedOn() + "; no signed copy on file.");
        }
        return f.copyOffered()
                ? item(
                        "GA_SIGNED_COPY",
                        q,
                        GA_SIGNED_COPY,
                        PASS,
                        "Signed " + f.signedOn() + "; copy given to the participant.")
                : item(
                        "GA_SIGNED_COPY",
                        q,
                        GA_SIGNED_COPY,
                        FINDING,
                        "Signed " + f.signedOn() + "; copy not given to the participant.");
    }

    static ChecklistItemDraft georgiaFlow(FileFacts f) {
        String q = Text.of("monitoring.question.GA_FLOW").english();
        if (f.services() == 0) {
            return item("GA_FLOW", q, GA_FLOW, FINDING, "The plan schedules no services.");
        }
        String evidence = f.services() + " service(s) scheduled; "
                + (f.serviceStarts().isEmpty() ? "none delivered yet" : "delivered from " + dates(f.serviceStarts()));
        boolean before = f.serviceStarts().stream().anyMatch(d -> d.isBefore(f.planCreated()));
        return before
                ? item(
                        "GA_FLOW",
                        q,
                        GA_FLOW,
                        FINDING,
                        evidence + "; a service started before the plan of " + f.planCreated() + ".")
                : item("GA_FLOW", q, GA_FLOW, PASS, evidence + "; plan of " + f.planCreated() + ".");
    }

    private static String dates(List<LocalDate> dates) {
        return dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(", "));
    }

    private static ChecklistItemDraft item(
            String code,
            String question,
            String citation,
            org.waypoint.persistence.monitoring.ItemResult suggested,
            String evidence) {
        return new ChecklistItemDraft(code, question, citation, suggested, evidence, null);
    }
}
