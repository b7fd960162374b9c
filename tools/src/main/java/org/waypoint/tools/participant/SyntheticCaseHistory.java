package org.waypoint.tools.participant;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.ExitExclusion;
import org.waypoint.persistence.participant.ExitReason;
import org.waypoint.persistence.participant.NoteCategory;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.participant.UnemploymentCompensation;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.tools.participant.SyntheticPerson.EnrollmentRow;

/**
 * What happened to a participant after registration: the programs entered (decided by the
 * application's eligibility rules), how each ended, the state of the services and the case notes.
 * Draws from the same seeded {@link Random} as {@link SyntheticPeople}.
 */
final class SyntheticCaseHistory extends SyntheticDraws {

    /** The categories of a note between the first and an after-exit follow-up, in NoteCategory's order. */
    private static final int[] NOTE_WEIGHTS = weights();

    private final SyntheticDeterminations determinations;

    SyntheticCaseHistory(Random random, Instant now, ZoneId zone, SyntheticDeterminations determinations) {
        super(random, now, zone);
        this.determinations = determinations;
    }

    /**
     * The first program is chosen by age, school and work, and kept only if the eligibility rules
     * agree on the entry date; someone found not eligible is served by Wagner-Peyser instead, and
     * the negative determination is kept. Every WIOA enrollment has its eligible determination, made
     * on the entry date (20 CFR 677.150(a)); one that cannot be determined (no 70% LLSIL entered for
     * an income above the guideline) is not saved, as the server would refuse it. A second,
     * co-enrolled program for about 40%; about 30% of enrollments have ended.
     */
    void enrollments(SyntheticPerson p, LocalDate entry) {
        int ageAtEntry = Period.between(p.dateOfBirth, entry).getYears();
        Program wanted = firstProgram(p, ageAtEntry);
        Program first = wanted;
        if (wanted != Program.WAGNER_PEYSER) {
            SyntheticDeterminations.Evaluation evaluation = determinations.evaluate(p, wanted, entry);
            if (!evaluation.result().eligible()) {
                first = Program.WAGNER_PEYSER;
            }
            boolean determined = evaluation.result().outcome()
                    != org.waypoint.service.eligibility.EligibilityResult.Outcome.CANNOT_BE_DETERMINED;
            if (determined) {
                p.determination = SyntheticDeterminations.row(evaluation, at(entry, p.createdAt));
            }
        }
        EnrollmentRow firstRow = enrollment(first, entry, exit(entry));
        p.enrollments.add(firstRow);
        if (!chance(40)) {
            return;
        }
        if (first != Program.WAGNER_PEYSER) {
            LocalDate coEntry = min(today, entry.plusDays(random.nextInt(45)));
            if (firstRow.exitDate() != null && !firstRow.exitDate().isBefore(coEntry)) {
                // Ended with the first: the no-service rule exits both; a case manager's exit takes
                // the co-enrollment with it as a common exit, with the same exclusion (ExitService).
                boolean manual = firstRow.exitReason() == ExitReason.MANUAL;
                p.enrollments.add(new EnrollmentRow(
                        Program.WAGNER_PEYSER,
                        coEntry,
                        firstRow.exitDate(),
                        manual ? ExitReason.COMMON_EXIT : firstRow.exitReason(),
                        manual ? firstRow.exclusion() : null,
                        null));
            } else {
                p.enrollments.add(enrollment(Program.WAGNER_PEYSER, coEntry, exit(coEntry)));
            }
        } else if (wanted == Program.WAGNER_PEYSER && ageAtEntry >= 19) {
            // Started with Wagner-Peyser job search, later entered WIOA Adult.
            LocalDate later = entry.plusDays(14 + random.nextInt(170));
            SyntheticDeterminations.Evaluation adult =
                    later.isAfter(today) ? null : determinations.evaluate(p, Program.ADULT, later);
            if (adult != null && adult.result().eligible()) {
                // The Adult enrollment rests on its determination of that day (20 CFR 677.150(a)).
                p.determination = SyntheticDeterminations.row(adult, at(later, p.createdAt));
                p.enrollments.add(enrollment(Program.ADULT, later, exit(later)));
            }
        }
    }

    private Program firstProgram(SyntheticPerson p, int age) {
        boolean attending = p.schoolStatus.name().startsWith("IN_");
        if (attending && age >= 14 && age <= 21 && (age < 18 || chance(55))) {
            return Program.YOUTH_IN_SCHOOL;
        }
        if (!attending && age >= 16 && age <= 24 && (age < 18 || chance(60))) {
            return Program.YOUTH_OUT_OF_SCHOOL;
        }
        if (age < 18) {
            return Program.WAGNER_PEYSER;
        }
        boolean dislocated = p.layoffNotice
                || p.ucStatus != UnemploymentCompensation.NOT_CLAIMANT
                || p.barriers.contains(Barrier.DISPLACED_HOMEMAKER);
        int r = random.nextInt(100);
        if (dislocated) {
            return r < 70 ? Program.DISLOCATED_WORKER : r < 90 ? Program.ADULT : Program.WAGNER_PEYSER;
        }
        return r < 66 ? Program.ADULT : Program.WAGNER_PEYSER;
    }

    /**
     * An enrollment as it stands today. Most exits are the 90-day no-service rule's; about one in six
     * is a case manager's, and one in eight of those is excluded from performance (PIRL 923), the
     * foster-care move only for youth, for whom it is half of the exclusions. An open enrollment has its later service in progress, or
     * planned after today, or ended without completion now and then.
     */
    private EnrollmentRow enrollment(Program program, LocalDate entry, LocalDate exit) {
        if (exit == null) {
            int r = random.nextInt(100);
            ServiceStatus later = r < 20
                    ? ServiceStatus.IN_PROGRESS
                    : r < 35 ? ServiceStatus.PLANNED : r < 38 ? ServiceStatus.NOT_COMPLETED : null;
            return new EnrollmentRow(program, entry, null, null, null, later);
        }
        if (!chance(16)) {
            return new EnrollmentRow(
                    program,
                    entry,
                    exit,
                    ExitReason.NO_SERVICE_90_DAYS,
                    null,
                    chance(8) ? ServiceStatus.COMPLETED_UNSUCCESSFUL : null);
        }
        ExitExclusion exclusion = null;
        if (chance(12)) {
            boolean youth = program == Program.YOUTH_IN_SCHOOL || program == Program.YOUTH_OUT_OF_SCHOOL;
            List<ExitExclusion> reasons = List.of(ExitExclusion.values()).stream()
                    .filter(e -> e != ExitExclusion.FOSTER_CARE_MOVED)
                    .toList();
            // A youth in foster care who moved away is the commonest exclusion among youth.
            exclusion = youth && chance(50) ? ExitExclusion.FOSTER_CARE_MOVED : pick(reasons);
        }
        return new EnrollmentRow(program, entry, exit, ExitReason.MANUAL, exclusion, null);
    }

    /** An exit for about a third of the enrollments old enough to have one; never after today. */
    private LocalDate exit(LocalDate entry) {
        long open = DAYS.between(entry, today);
        if (open < 90 || !chance(30)) {
            return null;
        }
        return entry.plusDays(60 + random.nextInt((int) Math.min(480, open - 59)));
    }

    /** One to four notes: the intake assessment on entry, then contacts, follow-ups after an exit. */
    void notes(SyntheticPerson p) {
        LocalDate entry = p.enrollments.get(0).entryDate();
        LocalDate lastExit = p.enrollments.stream()
                .map(EnrollmentRow::exitDate)
                .filter(exit -> exit != null)
                .max(LocalDate::compareTo)
                .orElse(null);
        boolean allExited = p.enrollments.stream().allMatch(e -> e.exitDate() != null);
        LocalDate end = allExited ? min(today, lastExit.plusDays(120)) : today;
        int count = 1 + weighted(List.of(25, 30, 25, 20));
        List<LocalDate> dates = new ArrayList<>();
        dates.add(entry);
        long span = DAYS.between(entry, end);
        for (int i = 1; i < count; i++) {
            dates.add(entry.plusDays(span <= 0 ? 0 : 1 + random.nextInt((int) span)));
        }
        dates.sort(null);
        for (int i = 0; i < dates.size(); i++) {
            LocalDate contact = dates.get(i);
            NoteCategory category;
            if (i == 0) {
                category = NoteCategory.ASSESSMENT;
            } else if (allExited && contact.isAfter(lastExit)) {
                category = NoteCategory.FOLLOW_UP;
            } else {
                category = NoteCategory.values()[weighted(NOTE_WEIGHTS)];
            }
            Instant written = at(contact, p.createdAt);
            if (chance(20)) {
                written = min(now, written.plus(1 + random.nextInt(2), DAYS));
            }
            p.notes.add(new SyntheticPerson.NoteRow(contact, written, category, noteText(p.firstName, category)));
        }
    }

    private String noteText(String name, NoteCategory category) {
        List<String> sentences =
                switch (category) {
                    case ASSESSMENT -> SyntheticVocabulary.ASSESSMENT;
                    case FOLLOW_UP -> SyntheticVocabulary.FOLLOW_UP;
                    case ELIGIBILITY -> SyntheticVocabulary.ELIGIBILITY;
                    case PLAN -> SyntheticVocabulary.PLAN;
                    case SERVICE -> SyntheticVocabulary.SERVICE;
                    case CORRECTION -> SyntheticVocabulary.CORRECTION;
                    case OTHER -> SyntheticVocabulary.OTHER;
                    case CONTACT -> SyntheticVocabulary.CONTACT;
                };
        int count = 1 + random.nextInt(3);
        int start = random.nextInt(sentences.size());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            // Consecutive sentences of the list, so no sentence repeats within a note.
            text.append(sentences.get((start + i) % sentences.size()).replace("{name}", name));
        }
        return text.toString();
    }

    private static int[] weights() {
        int[] weights = new int[NoteCategory.values().length];
        weights[NoteCategory.CONTACT.ordinal()] = 55;
        weights[NoteCategory.SERVICE.ordinal()] = 10;
        weights[NoteCategory.PLAN.ordinal()] = 9;
        weights[NoteCategory.FOLLOW_UP.ordinal()] = 9;
        weights[NoteCategory.ASSESSMENT.ordinal()] = 7;
        weights[NoteCategory.ELIGIBILITY.ordinal()] = 5;
        weights[NoteCategory.OTHER.ordinal()] = 3;
        weights[NoteCategory.CORRECTION.ordinal()] = 2;
        return weights;
    }
}
