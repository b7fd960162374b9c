package org.waypoint.service.eligibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.waypoint.persistence.eligibility.YouthCapCount;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.security.CallerService;

/**
 * Counts the two youth 5% caps per local area and program year (20 CFR 681.250(c), 681.310(b)) and
 * shows them. A youth is counted when enrolled, inside the enrollment's transaction, with the
 * area's row for the program year locked, so two enrollments at once are counted one after the
 * other and neither count is lost.
 */
@Stateless
public class YouthCapService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private YouthCapRows rows;

    /** The caps of a local area in the program year of {@code day}. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public YouthCapStatus status(long lwdaId, LocalDate day) {
        callers.requireRead(lwdaId);
        Lwda lwda = em.find(Lwda.class, lwdaId);
        if (lwda == null) {
            throw new NotFoundException(Explanations.text("noLwda", lwdaId));
        }
        int year = YouthCapStatus.programYearOf(day);
        YouthCapCount row = em.find(YouthCapCount.class, new YouthCapCount.Key(lwdaId, year));
        return row == null ? new YouthCapStatus(lwda.getName(), year, 0, 0, 0, 0) : status(lwda, row);
    }

    /**
     * Counts one youth enrolled on {@code entryDate}, in the caller's transaction. A cap is a share
     * of the whole program year's youth (20 CFR 681.250(c), 681.310(b)), so an enrollment under it
     * is never refused here (early in a year the first few youths would all be refused): the area
     * sees the counts and the warning at or over the cap, and answers for the year's share.
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public void count(
            Lwda lwda, LocalDate entryDate, boolean inSchool, boolean lowIncomeException, boolean assistance) {
        int year = YouthCapStatus.programYearOf(entryDate);
        YouthCapCount.Key key = new YouthCapCount.Key(lwda.getId(), year);
        if (em.find(YouthCapCount.class, key) == null) {
            try {
                rows.ensure(lwda.getId(), year);
            } catch (EJBException raced) {
                // Another enrollment created the row at the same moment; it exists now.
            }
        }
        YouthCapCount row = em.find(YouthCapCount.class, key, LockModeType.PESSIMISTIC_WRITE);
        row.count(inSchool, lowIncomeException, assistance);
        em.flush();
    }

    private static YouthCapStatus status(Lwda lwda, YouthCapCount row) {
        return new YouthCapStatus(
                lwda.getName(),
                row.getProgramYear(),
                row.getYouthEnrolled(),
                row.getLowIncomeExceptions(),
                row.getInSchoolEnrolled(),
                row.getInSchoolAdditionalAssistance());
    }
}
