package org.waypoint.service.supportive;

import java.time.LocalDate;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.persistence.supportive.SupportiveRequest;
import org.waypoint.persistence.supportive.SupportiveStatus;

/** How a supportive-service decision shows on its service record (a rule, outside the EJB so it can be static). */
public final class SupportiveDelivery {

    private SupportiveDelivery() {}

    /**
     * The service record follows the decision: approved and due, it is delivered; pending, planned;
     * denied, not completed.
     */
    public static void deliver(SupportiveRequest request) {
        ServiceRecord record = request.getServiceRecord();
        LocalDate day = request.getProvidedOn();
        record.setPlanned(day, day);
        boolean delivered = request.getStatus() == SupportiveStatus.APPROVED && !day.isAfter(LocalDate.now());
        record.setStatus(
                delivered
                        ? ServiceStatus.COMPLETED_SUCCESSFUL
                        : request.getStatus() == SupportiveStatus.DENIED
                                ? ServiceStatus.NOT_COMPLETED
                                : ServiceStatus.PLANNED);
        record.setActual(delivered ? day : null, delivered ? day : null);
        record.setCosts(request.getAmount(), delivered ? request.getAmount() : null);
    }
}
