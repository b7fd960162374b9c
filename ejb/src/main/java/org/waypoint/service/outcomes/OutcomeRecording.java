package org.waypoint.service.outcomes;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.training.Training;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;

/**
 * What recording a credential and a skill gain share inside their service's transaction: finding
 * the participant, the enrollment the outcome is recorded against (one of the participant's; when
 * none is named, the only one that takes outcomes) and the training it came from (one of the
 * participant's that stands). A value that cannot be found is named on its field.
 */
final class OutcomeRecording {

    private static final String ENROLLMENTS_WITH_TRAINING = "SELECT DISTINCT t.enrollmentId FROM Training t"
            + " WHERE t.participant.id = :participantId AND t.serviceRecord.voidedAt IS NULL";

    private final EntityManager em;

    OutcomeRecording(EntityManager em) {
        this.em = em;
    }

    Participant participant(long id) {
        return NotFoundException.unlessNull(em.find(Participant.class, id), Text.of("outcomes.noParticipant", id));
    }

    /**
     * The enrollment named, which must be the participant's; with none named, the participant's one
     * enrollment that takes outcomes. Null, with the reason on {@code enrollmentId}, otherwise.
     */
    Enrollment enrollment(Participant participant, Long enrollmentId, Map<String, Text> errors) {
        if (enrollmentId != null) {
            Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
            if (enrollment == null || !enrollment.getParticipant().getId().equals(participant.getId())) {
                errors.put("enrollmentId", Text.of("outcomes.enrollment.notTheirs"));
                return null;
            }
            return enrollment;
        }
        List<Enrollment> taking = em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", participant.getId())
                .getResultStream()
                .filter(e -> OutcomeRules.takesOutcomes(e.getProgram()))
                .toList();
        if (taking.size() != 1) {
            errors.put(
                    "enrollmentId",
                    taking.isEmpty() ? Text.of("outcomes.enrollment.none") : Text.of("outcomes.enrollment.choose"));
            return null;
        }
        return taking.get(0);
    }

    /** The participant's training named, or null; one that is not theirs or was voided is named on {@code trainingId}. */
    Training training(Participant participant, Long trainingId, Map<String, Text> errors) {
        if (trainingId == null) {
            return null;
        }
        Training training = em.find(Training.class, trainingId);
        if (training == null
                || !training.getParticipant().getId().equals(participant.getId())
                || training.getServiceRecord().isVoided()) {
            errors.put("trainingId", Text.of("outcomes.training.notTheirs"));
            return null;
        }
        return training;
    }

    /** The participant's enrollments that hold a training that stands. */
    Set<Long> enrollmentsWithTraining(long participantId) {
        return new HashSet<>(em.createQuery(ENROLLMENTS_WITH_TRAINING, Long.class)
                .setParameter("participantId", participantId)
                .getResultList());
    }

    /** "Provider — Program, from 03/02/2026", or the employer or code name for training without an ETPL program. */
    static String trainingName(Training training) {
        if (training == null) {
            return null;
        }
        String what = training.getTrainingProgram() != null
                ? training.getTrainingProgram().getProvider() + " — "
                        + training.getTrainingProgram().getProgram()
                : training.getEmployer() != null
                        ? training.getEmployer()
                        : training.getServiceRecord().getCode().getName();
        return Text.of("outcomes.trainingFrom", what, OutcomeRules.shown(training.getStartDate()))
                .english();
    }

    /** A training's name as {@link #trainingName} wrote it, in the reader's language: "..., from 03/02/2026". */
    static Text trainingText(String trainingName) {
        if (trainingName == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)(.*), from (\\d\\d/\\d\\d/\\d{4})")
                .matcher(trainingName);
        return m.matches() ? Text.of("outcomes.trainingFrom", m.group(1), m.group(2)) : Text.literal(trainingName);
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
