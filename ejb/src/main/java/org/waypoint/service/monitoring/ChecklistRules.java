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
 * The checklist of a sampled case file: for every state the eligibility facts with their source
 * documentation (TEGL 23-19) and the plan's required elements (20 CFR 680.170, 681.420); for
 * Kentucky (guidance 24-003) the LMI section with its four figures and the participant's review, the
 * 90-day plan reviews, and the plan completed before training; for Georgia (policy 3.3.1) the
 * justification of the goal, action steps and services, the signed copy given to the participant,
 * and the flow of services. Each item carries what the records suggest and the evidence read; the
 * monitor confirms. Plain Java, tested item by item with its citation.
 */
public final class ChecklistRules {

    public static final String TEGL_23_19 = "TEGL 23-19 (data element validation, source documentation)";
    public static final String REQUIRED_ELEMENTS = "20 CFR 680.170; 20 CFR 681.420";
    public static final String KY_LMI = "KY guidance 24-003, IEP section A and Attachment A";
    public static final String KY_REVIEWS = "KY guidance 24-003 (reviewed at least every 90 days)";
    public static final String KY_BEFORE_TRAINING = "KY guidance 24-003 (completed prior to enrollment in training)";
    public static final String GA_JUSTIFICATION = "GA policy 3.3.1 (OWD requires documentation of the justification)";
    public static final String GA_SIGNED_COPY = "GA policy 3.3.1 (a signed copy must be provided to the participant)";
    public static final String GA_FLOW = "GA policy 3.3.1, element I.C (the flow of services must be included)";

    private ChecklistRules() {}

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
            return item("ELIGIBILITY_SOURCES", q, TEGL_23_19, FINDING, evidence("noEligibility"));
        }
        String on = String.valueOf(e.determinedOn());
        if (!e.eligible()) {
            return item("ELIGIBILITY_SOURCES", q, TEGL_23_19, FINDING, evidence("notEligible", on, e.program()));
        }
        if (e.documentedFacts().isEmpty()) {
            return item("ELIGIBILITY_SOURCES", q, TEGL_23_19, FINDING, evidence("noSources", on, e.program()));
        }
        return item(
                "ELIGIBILITY_SOURCES",
                q,
                TEGL_23_19,
                PASS,
                evidence("sources", on, e.program(), String.join(", ", e.documentedFacts())));
    }

    static ChecklistItemDraft requiredElements(FileFacts f) {
        String q = Text.of("monitoring.question.REQUIRED_ELEMENTS").english();
        List<Text> missing = new ArrayList<>();
        if (f.goals() == 0) {
            missing.add(evidence("missing.goal"));
        }
        if (f.objectives() == 0) {
            missing.add(evidence("missing.objectives"));
        }
        if (f.services() == 0) {
            missing.add(evidence("missing.services"));
        }
        return missing.isEmpty()
                ? item(
                        "REQUIRED_ELEMENTS",
                        q,
                        REQUIRED_ELEMENTS,
                        PASS,
                        evidence("counts", f.goals(), f.objectives(), f.services()))
                : item(
                        "REQUIRED_ELEMENTS",
                        q,
                        REQUIRED_ELEMENTS,
                        FINDING,
                        evidence("countsMissing", f.goals(), f.objectives(), f.services(), joined("comma", missing)));
    }

    static ChecklistItemDraft kentuckyLmi(FileFacts f) {
        String q = Text.of("monitoring.question.KY_LMI").english();
        FileFacts.Lmi lmi = f.lmi();
        if (lmi == null) {
            return item("KY_LMI", q, KY_LMI, FINDING, evidence("noLmi"));
        }
        Text reviewed = evidence(lmi.reviewedWithParticipant() ? "lmi.reviewed" : "lmi.notReviewed");
        Text evidence = evidence(
                lmi.comment() ? "lmi" : "lmi.noComment", lmi.occupations(), lmi.occupationsWithFigures(), reviewed);
        boolean ok = lmi.reviewedWithParticipant()
                && lmi.occupations() > 0
                && lmi.occupationsWithFigures() == lmi.occupations()
                && lmi.comment();
        return item("KY_LMI", q, KY_LMI, ok ? PASS : FINDING, evidence);
    }

    static ChecklistItemDraft kentuckyReviews(FileFacts f) {
        int interval = f.reviewIntervalDays() == null ? 90 : f.reviewIntervalDays();
        String q = Text.of("monitoring.question.KY_REVIEWS", interval).english();
        if (f.signedOn() == null) {
            return item("KY_REVIEWS", q, KY_REVIEWS, NOT_APPLICABLE, evidence("reviews.notSigned"));
        }
        Text evidence = f.reviews().isEmpty()
                ? evidence("reviews.none", f.signedOn())
                : evidence("reviews.on", f.signedOn(), dates(f.reviews()));
        LocalDate last = f.signedOn();
        List<Text> gaps = new ArrayList<>();
        for (LocalDate review : f.reviews().stream().sorted().toList()) {
            if (last.plusDays(interval).isBefore(review)) {
                gaps.add(evidence("reviews.gap", last, review));
            }
            last = review.isAfter(last) ? review : last;
        }
        if (last.plusDays(interval).isBefore(f.asOf())) {
            gaps.add(evidence("reviews.noneDue", last.plusDays(interval), f.asOf()));
        }
        return gaps.isEmpty()
                ? item("KY_REVIEWS", q, KY_REVIEWS, PASS, evidence("sentence", evidence))
                : item(
                        "KY_REVIEWS",
                        q,
                        KY_REVIEWS,
                        FINDING,
                        evidence("reviews.gaps", evidence, joined("semicolon", gaps)));
    }

    static ChecklistItemDraft kentuckyBeforeTraining(FileFacts f) {
        String q = Text.of("monitoring.question.KY_BEFORE_TRAINING").english();
        if (f.trainingStarts().isEmpty()) {
            return item("KY_BEFORE_TRAINING", q, KY_BEFORE_TRAINING, NOT_APPLICABLE, evidence("training.none"));
        }
        LocalDate first = f.trainingStarts().stream().min(LocalDate::compareTo).orElseThrow();
        if (f.signedOn() == null) {
            return item("KY_BEFORE_TRAINING", q, KY_BEFORE_TRAINING, FINDING, evidence("training.notSigned", first));
        }
        return item(
                "KY_BEFORE_TRAINING",
                q,
                KY_BEFORE_TRAINING,
                f.signedOn().isAfter(first) ? FINDING : PASS,
                evidence("training.signed", f.signedOn(), first));
    }

    static ChecklistItemDraft georgiaJustification(FileFacts f) {
        String q = Text.of("monitoring.question.GA_JUSTIFICATION").english();
        Text evidence = evidence(
                "justified",
                f.goals() - f.goalsWithoutJustification(),
                f.goals(),
                f.objectives() - f.objectivesWithoutJustification(),
                f.objectives(),
                f.services() - f.servicesWithoutJustification(),
                f.services());
        boolean ok = f.goals() > 0
                && f.goalsWithoutJustification() == 0
                && f.objectivesWithoutJustification() == 0
                && f.servicesWithoutJustification() == 0;
        return item("GA_JUSTIFICATION", q, GA_JUSTIFICATION, ok ? PASS : FINDING, evidence);
    }

    static ChecklistItemDraft georgiaSignedCopy(FileFacts f) {
        String q = Text.of("monitoring.question.GA_SIGNED_COPY").english();
        if (f.signedOn() == null) {
            return item("GA_SIGNED_COPY", q, GA_SIGNED_COPY, FINDING, evidence("copy.notSigned"));
        }
        if (f.copyOffered() == null) {
            return item("GA_SIGNED_COPY", q, GA_SIGNED_COPY, FINDING, evidence("copy.none", f.signedOn()));
        }
        return f.copyOffered()
                ? item("GA_SIGNED_COPY", q, GA_SIGNED_COPY, PASS, evidence("copy.given", f.signedOn()))
                : item("GA_SIGNED_COPY", q, GA_SIGNED_COPY, FINDING, evidence("copy.notGiven", f.signedOn()));
    }

    static ChecklistItemDraft georgiaFlow(FileFacts f) {
        String q = Text.of("monitoring.question.GA_FLOW").english();
        if (f.services() == 0) {
            return item("GA_FLOW", q, GA_FLOW, FINDING, evidence("flow.noServices"));
        }
        Text evidence = f.serviceStarts().isEmpty()
                ? evidence("flow.none", f.services())
                : evidence("flow.from", f.services(), dates(f.serviceStarts()));
        boolean before = f.serviceStarts().stream().anyMatch(d -> d.isBefore(f.planCreated()));
        return before
                ? item("GA_FLOW", q, GA_FLOW, FINDING, evidence("flow.before", evidence, f.planCreated()))
                : item("GA_FLOW", q, GA_FLOW, PASS, evidence("flow.after", evidence, f.planCreated()));
    }

    private static String dates(List<LocalDate> dates) {
        return dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(", "));
    }

    /** The evidence text {@code monitoring.evidence.<name>}: dates and numbers as their English strings. */
    private static Text evidence(String name, Object... args) {
        return Text.of("monitoring.evidence." + name, args);
    }

    /** "a, b, c" ({@code comma}) or "a; b; c" ({@code semicolon}), each part read in the page's language. */
    private static Text joined(String separator, List<Text> parts) {
        Text text = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            text = evidence(separator, text, parts.get(i));
        }
        return text;
    }

    private static ChecklistItemDraft item(
            String code,
            String question,
            String citation,
            org.waypoint.persistence.monitoring.ItemResult suggested,
            Text evidence) {
        return new ChecklistItemDraft(code, question, citation, suggested, evidence);
    }
}
