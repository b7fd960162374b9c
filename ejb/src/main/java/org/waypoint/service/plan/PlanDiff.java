package org.waypoint.service.plan;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.waypoint.service.common.Text;
import org.waypoint.service.plan.PlanContent.EmploymentGoal;
import org.waypoint.service.plan.PlanContent.NeedForTraining;
import org.waypoint.service.plan.PlanContent.Objective;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanContent.TrainingNeeds;
import org.waypoint.service.plan.PlanContent.TrainingPlan;
import org.waypoint.service.plan.PlanContent.YouthStrategy;

/**
 * What changed between two versions of a plan, in the words of the version history: "Employment
 * goal 1 — justification", "Service 2 removed". The 90-day review asks staff to record changes to the
 * plan (Kentucky 24-003), and a monitor comparing a signed version with the next wants each change
 * once, in the order the plan reads, with values as they print (dates 11/23/2026, Yes/No, $4,200).
 *
 * <p>Element by element: lists by position (an item past the end of the other list is one "added" or
 * "removed" change with the item in one line), the youth program elements as a set (they are
 * numbers, and linking element 5 between 3 and 7 is one addition, not two changes). Industry sectors,
 * barriers and program elements are sets a person reads item by item, so each changes as one line
 * of the items added and removed (issue 19: the whole list before and after read as wiped). A null
 * value and blank text both read as empty, so saving an empty field over a missing one is no change.
 */
public final class PlanDiff {

    /**
     * One change.
     *
     * @param field where it is in the document, e.g. {@code goals[0].justification} (positions count
     *     from 0; a service's {@code wioaFunded} and {@code fundingSource} read as one {@code funding})
     * @param label what a person reads, e.g. "Employment goal 1 — justification" (counting from 1)
     * @param before the value as it reads, "" when there was none
     * @param after likewise
     */
    public record Change(String field, String label, String before, String after, boolean list)
            implements Serializable {

        /** A change of one value, or of a whole item added or removed. */
        public Change(String field, String label, String before, String after) {
            this(field, label, before, after, false);
        }

        /** A change of a list: {@code before} holds the items removed, {@code after} those added. */
        static Change ofList(String field, String label, List<String> removed, List<String> added) {
            return new Change(field, label, String.join("; ", removed), String.join("; ", added), true);
        }

        /**
         * The change in one sentence: "Barriers: added Single parent; removed Homeless", "Strengths:
         * changed from X to Y", "Objective 2 added: Pass the GED; ...", "Follow-up plan: cleared (was X)".
         */
        public String words() {
            if (list) {
                List<String> parts = new ArrayList<>();
                if (!after.isEmpty()) {
                    parts.add("added " + after);
                }
                if (!before.isEmpty()) {
                    parts.add("removed " + before);
                }
                return label + ": " + String.join("; ", parts);
            }
            if (label.endsWith(" added") || label.endsWith(" removed")) {
                return label + ": " + (after.isEmpty() ? before : after);
            }
            if (before.isEmpty()) {
                return label + ": set to " + after;
            }
            if (after.isEmpty()) {
                return label + ": cleared (was " + before + ")";
            }
            return label + ": changed from " + before + " to " + after;
        }

        /** {@link #label()} in the page's language (issue 19); its English is exactly {@link #label()}. */
        @JsonbTransient
        public Text labelText() {
            return PlanDiffTexts.label(field, label);
        }

        /** {@link #before()} with Yes/No and the plan's fixed words translated; typed text, dates and amounts as they are. */
        @JsonbTransient
        public Text beforeText() {
            return PlanDiffTexts.value(field, label, before, list);
        }

        /** {@link #after()} likewise. */
        @JsonbTransient
        public Text afterText() {
            return PlanDiffTexts.value(field, label, after, list);
        }

        /** {@link #words()} in the page's language; its English is exactly {@link #words()}. */
        @JsonbTransient
        public Text wordsText() {
            return PlanDiffTexts.words(this);
        }
    }

    /** One field of a part of the plan: its name in the document, what a person calls it, how it reads. */
    private record Field<T>(String name, String label, Function<T, String> value) implements Serializable {}

    private static final List<Field<EmploymentGoal>> GOAL = List.of(
            new Field<>("term", "term", g -> PlanText.term(g.term())),
            new Field<>("soc", "SOC code", EmploymentGoal::soc),
            new Field<>("occupation", "occupation", EmploymentGoal::occupation),
            new Field<>("cluster", "occupational cluster", EmploymentGoal::cluster),
            new Field<>("justification", "justification", EmploymentGoal::justification));

    private static final List<Field<NeedForTraining>> NEED = List.of(
            new Field<>(
                    "lacksMarketableCredential",
                    "lacks a marketable credential",
                    n -> PlanText.yesNo(n.lacksMarketableCredential())),
            new Field<>(
                    "credentialDocumentation",
                    "documentation of the credential finding",
                    NeedForTraining::credentialDocumentation),
            new Field<>(
                    "unlikelyWithoutTraining",
                    "unlikely to reach self-sufficient employment through career services alone",
                    n -> PlanText.yesNo(n.unlikelyWithoutTraining())),
            new Field<>(
                    "unlikelyDocumentation",
                    "documentation of the self-sufficiency finding",
                    NeedForTraining::unlikelyDocumentation),
            new Field<>("needsTraining", "in need of training", n -> PlanText.yesNo(n.needsTraining())),
            new Field<>(
                    "needsDocumentation",
                    "documentation of the need-for-training finding",
                    NeedForTraining::needsDocumentation),
            new Field<>(
                    "hasSkillsToSucceed",
                    "has the skills and qualifications to succeed in training",
                    n -> PlanText.yesNo(n.hasSkillsToSucceed())),
            new Field<>(
                    "skillsDocumentation",
                    "documentation of the skills finding",
                    NeedForTraining::skillsDocumentation));

    private static final List<Field<TrainingNeeds>> TRAINING_NEEDS = List.of(
            new Field<>(
                    "preEmploymentSkills",
                    "pre-employment and work maturity skills",
                    TrainingNeeds::preEmploymentSkills),
            new Field<>("basicEducationSkills", "basic education skills", TrainingNeeds::basicEducationSkills),
            new Field<>("occupationalSkills", "occupational skills", TrainingNeeds::occupationalSkills),
            new Field<>("supportiveServiceNeeds", "supportive services", TrainingNeeds::supportiveServiceNeeds),
            new Field<>(
                    "otherDeficiencies", "other skill deficiencies and barriers", TrainingNeeds::otherDeficiencies));

    private static final List<Field<PlannedService>> SERVICE = List.of(
            new Field<>("type", "type", s -> PlanText.serviceType(s.type())),
            new Field<>("description", "description", PlannedService::description),
            new Field<>("provider", "provider", PlannedService::provider),
            new Field<>("funding", "funding", PlanText::funding),
            new Field<>("plannedStart", "planned start", s -> PlanText.date(s.plannedStart())),
            new Field<>("plannedEnd", "planned end", s -> PlanText.date(s.plannedEnd())),
            new Field<>("plannedCost", "planned cost", s -> PlanText.money(s.plannedCost())),
            new Field<>("program", "program", s -> s.program() == null ? "" : PlanText.program(s.program())),
            new Field<>("programElement", "youth program element", s -> PlanText.programElement(s.programElement())));

    private static final List<Field<TrainingPlan>> TRAINING_PLAN = List.of(
            new Field<>("provider", "provider", TrainingPlan::provider),
            new Field<>("program", "program", TrainingPlan::program),
            new Field<>("cipCode", "CIP code", TrainingPlan::cipCode),
            new Field<>("cost", "cost", t -> PlanText.money(t.cost())),
            new Field<>("lengthWeeks", "length", t -> PlanText.weeks(t.lengthWeeks())),
            new Field<>("credential", "credential", TrainingPlan::credential),
            new Field<>("outcomes", "outcomes", TrainingPlan::outcomes),
            new Field<>("itaAmount", "ITA amount", t -> PlanText.money(t.itaAmount())),
            new Field<>("otherAidConsidered", "other aid considered", TrainingPlan::otherAidConsidered));

    private static final List<Field<Objective>> OBJECTIVE = List.of(
            new Field<>("benchmark", "benchmark", Objective::benchmark),
            new Field<>("measure", "measure", Objective::measure),
            new Field<>("targetDate", "target date", o -> PlanText.date(o.targetDate())),
            new Field<>("status", "status", o -> PlanText.status(o.status())),
            new Field<>("statusDate", "status date", o -> PlanText.date(o.statusDate())),
            new Field<>("evidence", "evidence", Objective::evidence));

    /** A step is its text: the item itself is the one field. */
    private static final List<Field<String>> STEP = List.of(new Field<>("", "", Function.identity()));

    private static final List<Field<YouthStrategy>> YOUTH = List.of(
            new Field<>("educationGoal", "education goal", YouthStrategy::educationGoal),
            new Field<>(
                    "nonTraditionalEmployment",
                    "non-traditional employment",
                    y -> PlanText.yesNo(y.nonTraditionalEmployment())),
            new Field<>("careerPlanningNotes", "career planning notes", YouthStrategy::careerPlanningNotes),
            new Field<>("followUpStrategy", "follow-up strategy", YouthStrategy::followUpStrategy),
            new Field<>("nonTraditionalFor", "non-traditional for", YouthStrategy::nonTraditionalFor),
            new Field<>("reuse", "recent service strategy used instead", y -> PlanText.recentStrategy(y.reuse())));

    private final List<Change> changes = new ArrayList<>();

    private PlanDiff() {}

    /** The changes from {@code before} to {@code after} in the order the plan reads; empty when none. */
    public static List<Change> between(PlanContent before, PlanContent after) {
        PlanContent a = before == null ? PlanContent.empty() : before;
        PlanContent b = after == null ? PlanContent.empty() : after;
        PlanDiff diff = new PlanDiff();
        diff.value(
                "participantTookPart",
                "Developed jointly with the participant",
                PlanText.yesNo(a.participantTookPart()),
                PlanText.yesNo(b.participantTookPart()));
        diff.items("goals", "Employment goal", a.goals(), b.goals(), GOAL, PlanText::goal);
        diff.value("lmiReviewId", "Labor market information", lmiReview(a), lmiReview(b));
        diff.list("industrySectors", "Industry sectors", a.industrySectors(), b.industrySectors());
        diff.value("strengths", "Strengths", a.strengths(), b.strengths());
        diff.value("goalsAndChallenges", "Goals and challenges", a.goalsAndChallenges(), b.goalsAndChallenges());
        diff.value(
                "stressorsAndChallenges",
                "Stressors and challenges",
                a.stressorsAndChallenges(),
                b.stressorsAndChallenges());
        diff.list("barriers", "Barriers", a.barriers(), b.barriers());
        diff.part("needForTraining", "Need for training", a.needForTraining(), b.needForTraining(), NEED);
        diff.part(
                "trainingNeeds",
                "Training and supportive-service needs",
                a.trainingNeeds(),
                b.trainingNeeds(),
                TRAINING_NEEDS);
        diff.items("services", "Service", a.services(), b.services(), SERVICE, PlanText::service);
        diff.part("trainingPlan", "Training plan", a.trainingPlan(), b.trainingPlan(), TRAINING_PLAN);
        diff.items("objectives", "Objective", a.objectives(), b.objectives(), OBJECTIVE, PlanText::objective);
        diff.items(
                "careerPathway",
                "Career pathway step",
                a.careerPathway(),
                b.careerPathway(),
                STEP,
                Function.identity());
        diff.value("providerInformation", "Provider information", a.providerInformation(), b.providerInformation());
        diff.value("followUpPlan", "Follow-up plan", a.followUpPlan(), b.followUpPlan());
        diff.programElements(a.youth(), b.youth());
        diff.part("youth", "Youth strategy", a.youth(), b.youth(), YOUTH);
        return List.copyOf(diff.changes);
    }

    private void value(String field, String label, String before, String after) {
        String was = before == null ? "" : before.strip();
        String is = after == null ? "" : after.strip();
        if (!was.equals(is)) {
            changes.add(new Change(field, label, was, is));
        }
    }

    /** A part that is there or not (null): a missing part reads as all its fields empty. */
    private <T> void part(String field, String label, T before, T after, List<Field<T>> fields) {
        for (Field<T> f : fields) {
            value(field + "." + f.name(), label + " — " + f.label(), read(f, before), read(f, after));
        }
    }

    /** A list by position: common positions field by field, the rest added or removed whole. */
    private <T> void items(
            String field,
            String noun,
            List<T> before,
            List<T> after,
            List<Field<T>> fields,
            Function<T, String> summary) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            String path = field + "[" + i + "]";
            String item = noun + " " + (i + 1);
            if (i >= after.size()) {
                changes.add(new Change(path, item + " removed", summary.apply(before.get(i)), ""));
            } else if (i >= before.size()) {
                changes.add(new Change(path, item + " added", "", summary.apply(after.get(i))));
            } else {
                for (Field<T> f : fields) {
                    value(
                            f.name().isEmpty() ? path : path + "." + f.name(),
                            f.label().isEmpty() ? item : item + " — " + f.label(),
                            read(f, before.get(i)),
                            read(f, after.get(i)));
                }
            }
        }
    }

    private void programElements(YouthStrategy before, YouthStrategy after) {
        List<Integer> was = before == null ? List.of() : before.programElements();
        List<Integer> is = after == null ? List.of() : after.programElements();
        List<String> removed = new TreeSet<>(was)
                .stream()
                        .filter(n -> !is.contains(n))
                        .map(PlanText::programElement)
                        .toList();
        List<String> added = new TreeSet<>(is)
                .stream()
                        .filter(n -> !was.contains(n))
                        .map(PlanText::programElement)
                        .toList();
        if (!removed.isEmpty() || !added.isEmpty()) {
            changes.add(Change.ofList("youth.programElements", "Youth program elements", removed, added));
        }
    }

    /** A list a person reads as a set of items (sectors, barriers): the items added and removed, order aside. */
    private void list(String field, String label, List<String> before, List<String> after) {
        List<String> was = items(before);
        List<String> is = items(after);
        List<String> removed = was.stream().filter(i -> !is.contains(i)).toList();
        List<String> added = is.stream().filter(i -> !was.contains(i)).toList();
        if (!removed.isEmpty() || !added.isEmpty()) {
            changes.add(Change.ofList(field, label, removed, added));
        }
    }

    private static <T> String read(Field<T> field, T part) {
        return part == null ? "" : field.value().apply(part);
    }

    private static String lmiReview(PlanContent plan) {
        return plan.lmiReviewId() == null ? "" : "LMI review " + plan.lmiReviewId();
    }

    private static List<String> items(List<String> items) {
        return items.stream()
                .filter(i -> i != null && !i.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }
}
