package org.waypoint.tools.participant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.plan.ObjectiveStatus;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanContent.EmploymentGoal;
import org.waypoint.service.plan.PlanContent.Objective;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.ServiceType;
import org.waypoint.tools.participant.SyntheticPlanActivities.ObjectiveWords;
import org.waypoint.tools.participant.SyntheticPlanActivities.ServiceWords;
import org.waypoint.tools.participant.SyntheticVocabulary.Occupation;
import org.waypoint.tools.participant.SyntheticVocabulary.Pathway;

/**
 * The documents of synthetic plans ({@link PlanContent}), drawn from the run's seeded {@link Random}:
 * the first version as a case manager fills in the prefilled draft, and each later one as the
 * version before it with the changes of a review.
 *
 * <p>A first version was developed with the participant; it has one goal (SHORT) or, for 60%, two
 * (SHORT, then LONG: the next step of the pathway), each an in-demand occupation of {@link
 * SyntheticVocabulary#PATHWAYS} with its justification; the sector of the state plan it aligns
 * with; strengths, goals and challenges, stressors (from the barriers where they say something),
 * the barriers as the application prefills them, the training and support needs; 2 to 5 activities
 * of the schedule, 2 to 4 achievement objectives, the pathway's titles as the career pathway, the
 * provider information and the follow-up plan; an ISS also its youth strategy. No LMI review, no
 * training plan: those rest on records synthetic participants do not have. The schedule's rows have
 * no catalog code, so no service record is linked to them, and each has the key the application
 * gives a row on its first save (a random UUID, here from the seeded stream).
 */
final class SyntheticPlanContent extends SyntheticDraws {

    /** 2 to 5 activities (35%, 35%, 20%, 10%); 2 to 4 objectives (45%, 35%, 20%). */
    private static final int[] SERVICE_WEIGHTS = {35, 35, 20, 10};

    private static final int[] OBJECTIVE_WEIGHTS = {45, 35, 20};

    /** At most 5 activities, 4 objectives and 7 of both, also after revisions: a document stays near 4 KB at most. */
    private static final int MAX_SERVICES = 5;

    private static final int MAX_OBJECTIVES = 4;
    private static final int MAX_ROWS = 7;

    SyntheticPlanContent(Random random, Instant now, ZoneId zone) {
        super(random, now, zone);
    }

    /** The document of version 1, made on {@code day} for an enrollment in {@code program}. */
    PlanContent first(SyntheticPerson p, PlanKind kind, Program program, LocalDate day) {
        Pathway pathway = pick(SyntheticVocabulary.PATHWAYS);
        List<Occupation> steps = pathway.steps();
        String job = steps.get(0).job();
        List<EmploymentGoal> goals = new ArrayList<>();
        goals.add(goal(PlanContent.Term.SHORT, steps.get(0)));
        if (steps.size() > 1 && chance(60)) {
            goals.add(goal(PlanContent.Term.LONG, steps.get(1)));
        }
        boolean iss = kind == PlanKind.ISS;
        List<ServiceWords> activities =
                iss ? SyntheticPlanFacts.youthActivities(p) : SyntheticPlanActivities.IEP_SERVICES;
        List<PlannedService> services = new ArrayList<>();
        for (int index : distinct(activities.size(), 2 + weighted(SERVICE_WEIGHTS))) {
            services.add(service(activities.get(index), program, iss, day, job, p.stateCode));
        }
        services.sort(Comparator.comparing(PlannedService::plannedStart));
        List<ObjectiveWords> benchmarks =
                iss ? SyntheticPlanActivities.ISS_OBJECTIVES : SyntheticPlanActivities.IEP_OBJECTIVES;
        List<Objective> objectives = new ArrayList<>();
        int wanted = Math.min(2 + weighted(OBJECTIVE_WEIGHTS), MAX_ROWS - services.size());
        for (int index : distinct(benchmarks.size(), wanted)) {
            objectives.add(objective(benchmarks.get(index), day, job, objectives.isEmpty() && chance(40)));
        }
        return new PlanContent(
                Boolean.TRUE,
                goals,
                null,
                List.of(pathway.sector().nameIn(p.stateCode)),
                sentences(SyntheticPlanVocabulary.STRENGTHS, 1 + random.nextInt(2)),
                fill(pick(SyntheticPlanVocabulary.GOALS_AND_CHALLENGES), job),
                stressors(p),
                SyntheticPlanFacts.barriers(p, kind),
                null,
                !"GA".equals(p.stateCode)
                        ? null
                        : new PlanContent.TrainingNeeds(
                                pick(SyntheticPlanVocabulary.PRE_EMPLOYMENT),
                                SyntheticPlanFacts.basicSkills(p),
                                fill("A credential for {job} work.", job),
                                SyntheticPlanFacts.parent(p)
                                        ? "Child care during program activities."
                                        : pick(SyntheticPlanVocabulary.SUPPORTIVE_NEEDS),
                                null),
                services,
                null,
                objectives,
                steps.stream().map(Occupation::title).toList(),
                fill(pick(SyntheticPlanVocabulary.PROVIDER_INFORMATION), job),
                pick(SyntheticPlanVocabulary.FOLLOW_UP_PLANS),
                iss ? youth(p, pathway, services, job) : null);
    }

    /**
     * The next version, opened on {@code day}: the first objective not yet decided moves on (planned
     * to in progress; in progress to met for 80%, not met or dropped for the others); half the time,
     * or when every objective is decided, an activity is added, and a quarter of the time an objective.
     * A plan has at most two revisions and at least two objectives, so one is always left to move on:
     * a later version always differs from the one before.
     */
    PlanContent revise(SyntheticPerson p, PlanContent before, LocalDate day) {
        boolean iss = before.youth() != null;
        String job =
                SyntheticVocabulary.OCCUPATIONS.get(before.goals().get(0).soc()).job();
        Program program = before.services().get(0).program();
        List<Objective> objectives = new ArrayList<>(before.objectives());
        int open = 0;
        while (open < objectives.size() && objectives.get(open).status().isDecided()) {
            open++;
        }
        if (open < objectives.size()) {
            objectives.set(open, advanced(objectives.get(open), day));
        }
        List<PlannedService> services = new ArrayList<>(before.services());
        List<ServiceWords> activities =
                iss ? SyntheticPlanFacts.youthActivities(p) : SyntheticPlanActivities.IEP_SERVICES;
        if ((open == objectives.size() || chance(50))
                && services.size() < MAX_SERVICES
                && services.size() + objectives.size() < MAX_ROWS) {
            ServiceWords added = pick(activities);
            if (services.stream().noneMatch(s -> s.description().equals(added.description()))) {
                services.add(service(added, program, iss, day, job, p.stateCode));
            }
        }
        List<ObjectiveWords> benchmarks =
                iss ? SyntheticPlanActivities.ISS_OBJECTIVES : SyntheticPlanActivities.IEP_OBJECTIVES;
        if (chance(25) && objectives.size() < MAX_OBJECTIVES && services.size() + objectives.size() < MAX_ROWS) {
            ObjectiveWords added = pick(benchmarks);
            String benchmark = fill(added.benchmark(), job);
            if (objectives.stream().noneMatch(o -> o.benchmark().equals(benchmark))) {
                objectives.add(objective(added, day, job, false));
            }
        }
        PlanContent.YouthStrategy youth = before.youth();
        if (iss) {
            Set<Integer> elements = new TreeSet<>(youth.programElements());
            services.forEach(s -> elements.add(s.programElement()));
            youth = new PlanContent.YouthStrategy(
                    List.copyOf(elements),
                    youth.educationGoal(),
                    youth.nonTraditionalEmployment(),
                    youth.nonTraditionalFor(),
                    youth.careerPlanningNotes(),
                    youth.followUpStrategy(),
                    youth.reuse());
        }
        return new PlanContent(
                before.participantTookPart(),
                before.goals(),
                before.lmiReviewId(),
                before.industrySectors(),
                before.strengths(),
                before.goalsAndChallenges(),
                before.stressorsAndChallenges(),
                before.barriers(),
                before.needForTraining(),
                before.trainingNeeds(),
                services,
                before.trainingPlan(),
                objectives,
                before.careerPathway(),
                before.providerInformation(),
                before.followUpPlan(),
                youth);
    }

    private EmploymentGoal goal(PlanContent.Term term, Occupation occupation) {
        return new EmploymentGoal(
                term,
                occupation.soc(),
                occupation.title(),
                null,
                fill(pick(SyntheticPlanVocabulary.GOAL_JUSTIFICATIONS), occupation.job()));
    }

    /**
     * A row as the application stores it after the first save: its key, no catalog code, the
     * program of the enrollment, WIOA-funded for 92% (else the source named), planned to start within
     * six weeks (follow-up after three months or more), an end for most, a cost for supportive ones.
     */
    private PlannedService service(
            ServiceWords words, Program program, boolean iss, LocalDate day, String job, String state) {
        boolean followUp = words.type() == ServiceType.FOLLOW_UP;
        LocalDate start = day.plusDays(followUp ? 90 + random.nextInt(180) : random.nextInt(42));
        LocalDate end = followUp ? start.plusDays(365) : chance(65) ? start.plusDays(7 + random.nextInt(120)) : null;
        boolean wioa = chance(92);
        return new PlannedService(
                uuid(),
                null,
                program,
                words.type(),
                words.description(),
                chance(75) ? SyntheticPlanActivities.careerCenter(state) : pick(SyntheticPlanActivities.PARTNERS),
                wioa,
                wioa ? null : pick(SyntheticPlanActivities.FUNDING_SOURCES),
                start,
                end,
                words.maxCost() == 0 ? null : BigDecimal.valueOf(25L * (1 + random.nextInt(words.maxCost() / 25))),
                iss ? words.element() : null,
                fill(words.justification(), job));
    }

    private Objective objective(ObjectiveWords words, LocalDate day, String job, boolean started) {
        LocalDate target = day.plusDays(words.fromDays() + random.nextInt(words.toDays() - words.fromDays() + 1));
        return new Objective(
                fill(words.benchmark(), job),
                words.measure(),
                target,
                started ? ObjectiveStatus.IN_PROGRESS : ObjectiveStatus.PLANNED,
                started ? day : null,
                null,
                fill(words.justification(), job));
    }

    /** The objective one step further on {@code day}; a decided one with its evidence. */
    private Objective advanced(Objective o, LocalDate day) {
        if (o.status() == ObjectiveStatus.PLANNED) {
            return new Objective(
                    o.benchmark(),
                    o.measure(),
                    o.targetDate(),
                    ObjectiveStatus.IN_PROGRESS,
                    day,
                    null,
                    o.justification());
        }
        int r = random.nextInt(100);
        ObjectiveStatus status =
                r < 80 ? ObjectiveStatus.MET : r < 92 ? ObjectiveStatus.NOT_MET : ObjectiveStatus.DROPPED;
        String evidence = pick(
                switch (status) {
                    case MET -> SyntheticPlanVocabulary.EVIDENCE_MET;
                    case NOT_MET -> SyntheticPlanVocabulary.EVIDENCE_NOT_MET;
                    default -> SyntheticPlanVocabulary.EVIDENCE_DROPPED;
                });
        return new Objective(o.benchmark(), o.measure(), o.targetDate(), status, day, evidence, o.justification());
    }

    /**
     * The youth strategy (20 CFR 681.420): the program elements of its activities, often labor
     * market information and guidance besides; the education goal and non-traditional employment
     * as {@link SyntheticPlanFacts} finds them.
     */
    private PlanContent.YouthStrategy youth(
            SyntheticPerson p, Pathway pathway, List<PlannedService> services, String job) {
        Set<Integer> elements = new TreeSet<>();
        services.forEach(s -> elements.add(s.programElement()));
        if (chance(50)) {
            elements.add(13);
        }
        if (chance(30)) {
            elements.add(10);
        }
        String forWhom = SyntheticPlanFacts.nonTraditionalFor(p, pathway);
        return new PlanContent.YouthStrategy(
                List.copyOf(elements),
                SyntheticPlanFacts.educationGoal(p, job),
                forWhom != null,
                forWhom,
                fill(pick(SyntheticPlanVocabulary.CAREER_PLANNING), job),
                pick(SyntheticPlanVocabulary.YOUTH_FOLLOW_UP),
                null);
    }

    private String stressors(SyntheticPerson p) {
        String stressor = SyntheticPlanFacts.stressor(p);
        return stressor != null ? stressor : pick(SyntheticPlanVocabulary.STRESSORS);
    }

    /** {@code count} consecutive sentences of the list, from a random one. */
    private String sentences(List<String> list, int count) {
        int start = random.nextInt(list.size());
        StringBuilder text = new StringBuilder(list.get(start));
        for (int i = 1; i < count; i++) {
            text.append(' ').append(list.get((start + i) % list.size()));
        }
        return text.toString();
    }

    /** {@code count} different indexes below {@code size}, in ascending order. */
    private int[] distinct(int size, int count) {
        int[] indexes = new int[size];
        for (int i = 0; i < size; i++) {
            indexes[i] = i;
        }
        int n = Math.min(count, size);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(size - i);
            int swap = indexes[i];
            indexes[i] = indexes[j];
            indexes[j] = swap;
        }
        int[] chosen = java.util.Arrays.copyOf(indexes, n);
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    /** A version 4 UUID, as {@code UUID.randomUUID()} makes a row's key, from the seeded stream. */
    private String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The sentence with {job} and {a job} filled in ("an electrician", "an HVAC technician"). */
    private static String fill(String text, String job) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        boolean an = "aeiouAEIOU".indexOf(job.charAt(0)) >= 0 || job.startsWith("HVAC");
        return text.replace("{a job}", (an ? "an " : "a ") + job).replace("{job}", job);
    }
}
