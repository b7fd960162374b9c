package org.waypoint.tools.participant;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.waypoint.persistence.eligibility.FactSource;
import org.waypoint.persistence.participant.Disclosure;
import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.persistence.participant.EmploymentStatus;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.persistence.participant.SelectiveService;
import org.waypoint.persistence.participant.UnemploymentCompensation;
import org.waypoint.service.eligibility.AgeRules;
import org.waypoint.service.eligibility.Barrier;
import org.waypoint.service.eligibility.EligibilityFacts;
import org.waypoint.service.eligibility.EligibilityFactsBuilder;
import org.waypoint.service.eligibility.EligibilityResult;
import org.waypoint.service.eligibility.EligibilityRules;
import org.waypoint.service.eligibility.IncomeThresholds;
import org.waypoint.service.eligibility.PublicAssistance;
import org.waypoint.service.eligibility.Sex;
import org.waypoint.service.eligibility.StateSettings;

/**
 * Eligibility determinations for synthetic participants, decided by the application's own {@link
 * EligibilityRules} from the facts on the generated record, so a saved determination reads exactly
 * like one a case manager saved: the same criteria (AGE, AUTHORIZED_TO_WORK and SELECTIVE_SERVICE for
 * Adult; a dislocated worker's or youth's own criteria besides), the same explanations and the
 * Adult priority-of-service group.
 *
 * <p>The facts the record does not hold (a dislocated worker's category, a youth's additional
 * barriers) are made up here the way staff would record them. Low income is tested against the 2025
 * HHS poverty guidelines that Waypoint seeds; for an earlier date, when no schedule was in force in
 * the database, the finding is recorded as staff's own, as a case manager would have had to.
 */
final class SyntheticDeterminations {

    private static final LocalDate SCHEDULE_START = LocalDate.of(2025, 1, 15);
    private static final RecordComponent[] FACT_COMPONENTS = EligibilityFacts.class.getRecordComponents();

    private final Random random;
    private final Map<String, IncomeThresholds> thresholdsByState = new HashMap<>();

    SyntheticDeterminations(Random random) {
        this.random = random;
    }

    /** The facts staff would record for {@code program} on {@code asOf}, and what the rules decide from them. */
    record Evaluation(Program program, EligibilityFacts facts, EligibilityResult result) {}

    Evaluation evaluate(SyntheticPerson person, Program program, LocalDate asOf) {
        EligibilityFacts facts = facts(person, program, asOf);
        EligibilityResult result = EligibilityRules.evaluate(
                org.waypoint.service.eligibility.Program.valueOf(program.name()),
                facts,
                thresholds(person.addressState),
                settings(person.addressState));
        return new Evaluation(program, facts, result);
    }

    /**
     * The saved form of an evaluation, with the source of the two facts every program reads and the
     * youth barriers staff recorded (a new ISS starts with those the record cannot hold).
     */
    static SyntheticPerson.DeterminationRow row(Evaluation evaluation, Instant determinedAt) {
        EligibilityResult result = evaluation.result();
        return new SyntheticPerson.DeterminationRow(
                evaluation.program(),
                result.asOf(),
                result.eligible(),
                result.priorityGroup() == null ? null : result.priorityGroup().number(),
                determinedAt,
                json(evaluation.facts()),
                result.criteria(),
                List.of(
                        new SyntheticPerson.FactSourceRow("dateOfBirth", FactSource.SOURCE_DOCUMENT),
                        new SyntheticPerson.FactSourceRow("authorizedToWork", FactSource.SELF_ATTESTATION)),
                evaluation.facts().youthBarriers());
    }

    /** Poverty guideline of the 2025 HHS table Waypoint seeds, for the low-income finding. */
    static BigDecimal povertyGuideline(int familySize) {
        return BigDecimal.valueOf(15_650L + 5_500L * (familySize - 1));
    }

    /** The facts of the record as {@code ParticipantFacts} reads them, plus what staff add for the program. */
    private EligibilityFacts facts(SyntheticPerson person, Program program, LocalDate asOf) {
        Set<org.waypoint.persistence.participant.Barrier> barriers = person.barriers;
        EnumSet<Barrier> youth = EnumSet.noneOf(Barrier.class);
        if (barriers.contains(org.waypoint.persistence.participant.Barrier.EX_OFFENDER)) {
            youth.add(Barrier.OFFENDER);
        }
        if (barriers.contains(org.waypoint.persistence.participant.Barrier.HOMELESS_OR_RUNAWAY)
                || barriers.contains(org.waypoint.persistence.participant.Barrier.FOSTER_CARE)) {
            youth.add(Barrier.HOMELESS_RUNAWAY_FOSTER);
        }
        if (barriers.contains(org.waypoint.persistence.participant.Barrier.PREGNANT_OR_PARENTING)) {
            youth.add(Barrier.PREGNANT_OR_PARENTING);
        }
        boolean diploma = person.educationLevel != EducationLevel.NONE
                && person.educationLevel != EducationLevel.DISABILITY_CERTIFICATE;
        if (person.schoolStatus == SchoolStatus.NOT_IN_SCHOOL_DROPOUT && !diploma) {
            youth.add(Barrier.SCHOOL_DROPOUT);
        }
        if (person.schoolStatus == SchoolStatus.NOT_IN_SCHOOL_WITHIN_ATTENDANCE_AGE) {
            youth.add(Barrier.MISSED_SCHOOL_QUARTER);
        }
        // Staff's finding at the interview; out of school it counts only for the low-income.
        boolean youthProgram = program == Program.YOUTH_IN_SCHOOL || program == Program.YOUTH_OUT_OF_SCHOOL;
        if (youthProgram && random.nextInt(100) < 75) {
            youth.add(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE);
        }
        EnumSet<PublicAssistance> assistance = EnumSet.noneOf(PublicAssistance.class);
        // As ParticipantFacts: SSI is public assistance, SSDI is not (WIOA sec. 3(36)(A)(i)).
        for (var a : person.publicAssistance) {
            switch (a) {
                case TANF -> assistance.add(PublicAssistance.TANF);
                case SNAP -> assistance.add(PublicAssistance.SNAP);
                case SSI -> assistance.add(PublicAssistance.SSI);
                case OTHER -> assistance.add(PublicAssistance.OTHER);
                case SSDI, SSI_SSDI -> {
                    // not public assistance for low income
                }
            }
        }
        boolean lowIncome = !assistance.isEmpty()
                || barriers.contains(org.waypoint.persistence.participant.Barrier.HOMELESS_OR_RUNAWAY)
                || person.annualFamilyIncome.compareTo(povertyGuideline(person.familySize)) <= 0;
        boolean lunchLevel = person.annualFamilyIncome.compareTo(
                        povertyGuideline(person.familySize).multiply(BigDecimal.valueOf(1.85)))
                <= 0;
        SelectiveService ss = person.selectiveService;
        EligibilityFactsBuilder facts = EligibilityFacts.builder()
                .asOf(asOf)
                .dateOfBirth(person.dateOfBirth)
                .sex(
                        switch (person.sex) {
                            case FEMALE -> Sex.FEMALE;
                            case MALE -> Sex.MALE;
                            case UNDISCLOSED -> Sex.UNDISCLOSED;
                        })
                .authorizedToWork(person.authorizedToWork)
                .selectiveServiceRegistered(registered(person, asOf))
                .selectiveServiceNotKnowingAndWillful(
                        ss == null || ss == SelectiveService.UNDER_18
                                ? null
                                : ss == SelectiveService.NOT_KNOWING_AND_WILLFUL)
                .selectiveServiceExempt(ss == SelectiveService.EXEMPT ? Boolean.TRUE : null)
                .veteranOrEligibleSpouse(
                        Boolean.TRUE.equals(person.veteran) || Boolean.TRUE.equals(person.eligibleSpouse))
                .basicSkillsDeficient(
                        barriers.contains(org.waypoint.persistence.participant.Barrier.BASIC_SKILLS_DEFICIENT))
                .englishLanguageLearner(
                        barriers.contains(org.waypoint.persistence.participant.Barrier.ENGLISH_LANGUAGE_LEARNER))
                .disability(person.disability == Disclosure.YES)
                .publicAssistance(assistance)
                .homeless(barriers.contains(org.waypoint.persistence.participant.Barrier.HOMELESS_OR_RUNAWAY))
                .familySize(person.familySize)
                .annualFamilyIncome(person.annualFamilyIncome)
                .attendingSchool(person.schoolStatus.name().startsWith("IN_"))
                .holdsSecondaryDiploma(person.educationLevel != EducationLevel.NONE
                        && person.educationLevel != EducationLevel.DISABILITY_CERTIFICATE)
                .youthBarriers(youth);
        if (asOf.isBefore(SCHEDULE_START)) {
            facts.lowIncome(lowIncome)
                    .lowIncomeReason(
                            lowIncome
                                    ? "Public assistance, homelessness or income at or below the poverty guideline"
                                    : "Family income above the poverty guideline");
        }
        if (youthProgram) {
            facts.freeOrReducedLunch(person.schoolStatus.name().startsWith("IN_") && lunchLevel);
        }
        if (program == Program.DISLOCATED_WORKER) {
            dislocatedWorkerFacts(person, facts);
        }
        return facts.build();
    }

    /**
     * The record's registration; a man who was under 18 at registration and is 18 on {@code asOf}
     * has registered since, as staff then record.
     */
    private static Boolean registered(SyntheticPerson person, LocalDate asOf) {
        if (person.selectiveService != null && person.selectiveService != SelectiveService.UNDER_18) {
            return person.selectiveService == SelectiveService.REGISTERED;
        }
        if (person.sex == org.waypoint.persistence.participant.Sex.MALE
                && AgeRules.ageOn(person.dateOfBirth, asOf) >= 18) {
            return Boolean.TRUE;
        }
        return null;
    }

    /** Category 1 (laid off, UC or attachment, unlikely to return), 2 (closure) or 4 (displaced homemaker). */
    private void dislocatedWorkerFacts(SyntheticPerson person, EligibilityFactsBuilder facts) {
        if (person.barriers.contains(org.waypoint.persistence.participant.Barrier.DISPLACED_HOMEMAKER)) {
            facts.dislocatedWorkerCategory(4)
                    .unpaidServicesToFamilyInHome(true)
                    .lostSupportOfFamilyIncome(true)
                    .homemakerUnemployedOrUnderemployed(true);
        } else if (random.nextInt(100) < 20) {
            facts.dislocatedWorkerCategory(2).laidOffByClosureOrSubstantialLayoff(true);
        } else {
            boolean uc = person.ucStatus == UnemploymentCompensation.CLAIMANT
                    || person.ucStatus == UnemploymentCompensation.EXHAUSTEE;
            facts.dislocatedWorkerCategory(1)
                    .terminatedOrNotified(
                            person.employmentStatus == EmploymentStatus.NOT_EMPLOYED || person.layoffNotice)
                    .eligibleForOrExhaustedUc(uc)
                    .attachedToWorkforceWithoutUc(!uc)
                    .unlikelyToReturnToIndustryOrOccupation(random.nextInt(100) < 93);
        }
    }

    /** The state settings Waypoint seeds: compulsory school attendance ends at 18 in Kentucky, 16 in Georgia. */
    private static StateSettings settings(String state) {
        return new StateSettings(state, "GA".equals(state) ? 16 : 18);
    }

    private IncomeThresholds thresholds(String state) {
        return thresholdsByState.computeIfAbsent(
                state,
                code -> new IncomeThresholds(
                        code, IncomeThresholds.federal2025Hhs().schedules()));
    }

    /**
     * The facts as JSON, shaped as the server's JSON-B writes them (record components in order, null
     * facts and empty sets left out), without needing a JSON-B implementation outside the server.
     */
    static String json(EligibilityFacts facts) {
        StringBuilder json = new StringBuilder("{");
        for (RecordComponent component : FACT_COMPONENTS) {
            Object value;
            try {
                value = component.getAccessor().invoke(facts);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(component.getName()).append("\":").append(jsonValue(value));
        }
        return json.append('}').toString();
    }

    private static String jsonValue(Object value) {
        if (value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream()
                    .map(SyntheticDeterminations::jsonValue)
                    .sorted()
                    .reduce((a, b) -> a + "," + b)
                    .map(list -> "[" + list + "]")
                    .orElse("[]");
        }
        // Dates, enums: their text never holds a quote or a backslash.
        return "\"" + value + "\"";
    }
}
