package org.waypoint.service.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.training.ItaPayment;
import org.waypoint.persistence.training.Training;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;

/**
 * Records the dated payments of an Individual Training Account. A payment must fit what was
 * obligated for the training and, summed over all the participant's ITAs, the local board's cap
 * (20 CFR 680.310). Two payments sent at the same moment could each see room for themselves, so the
 * check runs under a pessimistic lock on the participant's row: the second waits for the first to
 * commit, then sees its amount. The training's service record carries the paid total as its actual
 * cost.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
public class ItaPayments {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    /**
     * Records one payment.
     *
     * @throws InvalidInputException on "amount" above what the ITA or the cap leaves (nothing saved),
     *     on "paidOn" without a date, on "note" past 500 characters
     */
    public ItaPaymentView pay(long trainingId, ItaPaymentInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        if (input == null) {
            throw InvalidInputException.of("payment", Text.of("training.payment.required"));
        }
        List<Long> owner = em.createQuery("SELECT t.participant.id FROM Training t WHERE t.id = :id", Long.class)
                .setParameter("id", trainingId)
                .getResultList();
        if (owner.isEmpty()) {
            throw new NotFoundException(Text.of("training.notFound", trainingId));
        }
        // the lock comes first: every sum below is read after any concurrent payment has committed
        Participant participant = em.find(Participant.class, owner.get(0), LockModeType.PESSIMISTIC_WRITE);
        callers.requireWrite(participant.getLwda().getId());
        if (input.paidOn() == null) {
            throw InvalidInputException.of("paidOn", Text.of("training.payment.date.required"));
        }
        Training training = em.find(Training.class, trainingId);
        BigDecimal paidOnThisIta = paidOn(em, trainingId);
        ItaCap.refusalText(
                        participant.getLwda().getItaLimit(),
                        paid(em, participant.getId()),
                        training.getItaAmount(),
                        paidOnThisIta,
                        input.amount())
                .ifPresent(message -> {
                    throw InvalidInputException.of("amount", message);
                });
        String note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        ItaPayment payment = new ItaPayment(training, input.paidOn(), input.amount(), note);
        BeanValidation.requireValid(payment);
        em.persist(payment);
        training.getServiceRecord().setCosts(training.getItaAmount(), paidOnThisIta.add(input.amount()));
        em.flush();
        return ItaPaymentView.of(payment);
    }

    /** What all of a participant's ITAs have paid. */
    static BigDecimal paid(EntityManager em, long participantId) {
        return amount(em.createNamedQuery(ItaPayment.SUM_BY_PARTICIPANT)
                .setParameter("participantId", participantId)
                .getSingleResult());
    }

    /** What one training's ITA has paid. */
    static BigDecimal paidOn(EntityManager em, long trainingId) {
        return amount(em.createQuery("SELECT COALESCE(SUM(p.amount), 0) FROM ItaPayment p WHERE p.training.id = :id")
                .setParameter("id", trainingId)
                .getSingleResult());
    }

    /** A sum as the database answers it (its numeric type varies), in dollars and cents. */
    private static BigDecimal amount(Object sum) {
        return new BigDecimal(sum.toString()).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
