package org.waypoint.service.followup;

import jakarta.persistence.EntityManager;
import org.waypoint.persistence.followup.FollowUp;
import org.waypoint.persistence.participant.Enrollment;

/**
 * Opens the follow-up period of an exited enrollment inside the exit's own transaction (staff exits
 * in {@code ExitService}, the demo), when {@link FollowUpRules#opens} says the exit has one under
 * the state's policy as it stands on exit. The daily exit job does the same in SQL ({@link
 * FollowUpSql}).
 */
public final class FollowUpOpening {

    private FollowUpOpening() {}

    /** The period opened for the exited enrollment, or null when its exit has none (or it has one already). */
    public static FollowUp open(EntityManager em, Enrollment exited) {
        if (exited.getExitDate() == null
                || !FollowUpRules.opens(
                        exited.getProgram(),
                        exited.getExitExclusion(),
                        exited.getParticipant().getLwda().getState().getAdultFollowUp())) {
            return null;
        }
        boolean exists = !em.createNamedQuery(FollowUp.FIND_BY_ENROLLMENT, FollowUp.class)
                .setParameter("enrollmentId", exited.getId())
                .getResultList()
                .isEmpty();
        if (exists) {
            return null;
        }
        FollowUp period = new FollowUp(exited, FollowUpRules.endsOn(exited.getExitDate()));
        em.persist(period);
        return period;
    }
}
