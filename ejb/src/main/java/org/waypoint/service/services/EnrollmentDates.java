package org.waypoint.service.services;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.services.ServiceRecord;

/**
 * Keeps an enrollment's participation date (the first participation-level service, 20 CFR
 * 677.150(a)), last service for exit (20 CFR 677.150(c)(1)) and the end of its services current when a service of it is
 * written: by the service records, and by training and supportive services, which write their own
 * service record. The enrollment is locked while its dates are recomputed, so two services recorded
 * at once cannot leave a stale date. The daily exit job recomputes the same dates set-based.
 */
public final class EnrollmentDates {

    private EnrollmentDates() {}

    /** Recomputes the dates from the enrollment's services as they now stand; changes it only when a date moved. */
    public static void refresh(EntityManager em, Enrollment enrollment) {
        em.flush();
        em.lock(enrollment, LockModeType.PESSIMISTIC_WRITE);
        List<ServiceRecordRules.ServiceFacts> services = em.createQuery(
                        "SELECT s FROM ServiceRecord s JOIN FETCH s.code WHERE s.enrollment.id = :id",
                        ServiceRecord.class)
                .setParameter("id", enrollment.getId())
                .getResultStream()
                .map(s -> new ServiceRecordRules.ServiceFacts(
                        s.getCode().isParticipationLevel(),
                        s.getCode().isKeepsExitClock(),
                        s.getStatus(),
                        s.getActualStart(),
                        s.getActualEnd(),
                        s.isVoided()))
                .toList();
        LocalDate participation = ServiceRecordRules.participationDate(services);
        LocalDate lastService = ServiceRecordRules.lastServiceDate(services);
        LocalDate servicesEnd = ServiceRecordRules.servicesEnd(services);
        if (!Objects.equals(participation, enrollment.getParticipationDate())) {
            enrollment.setParticipationDate(participation);
        }
        if (!Objects.equals(lastService, enrollment.getLastServiceDate())) {
            enrollment.setLastServiceDate(lastService);
        }
        if (!Objects.equals(servicesEnd, enrollment.getServicesEnd())) {
            enrollment.setServicesEnd(servicesEnd);
        }
    }
}
