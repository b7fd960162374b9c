package org.waypoint.web.services;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.common.Text;
import org.waypoint.service.services.ServicePeriodView;
import org.waypoint.service.services.ServiceRecordService;
import org.waypoint.service.services.ServiceRecordView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.participant.ParticipantPageView;

/**
 * The Services tab of participants/view.xhtml: the timeline of the participant's services, planned
 * and actual, voided ones struck through with their reason; how long since the last
 * participation-level service (what the 90-day exit counts, 20 CFR 677.150(c)); and each
 * enrollment's exit status.
 */
@Named
@ViewScoped
public class ParticipantServicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceRecordService services;

    @Inject
    private ParticipantPageView page;

    private List<ServiceRecordView> timeline;
    private List<ServicePeriodView> periods;

    /** A service's status in the page's language: "Completed successfully", "Completado con éxito". */
    public String status(ServiceStatus status) {
        return status == null ? null : Pages.text(Text.of("services.status." + status.name()));
    }

    public List<ServiceRecordView> getTimeline() {
        if (timeline == null && page.getParticipant() != null) {
            timeline = services.services(page.getId());
        }
        return timeline == null ? List.of() : timeline;
    }

    public List<ServicePeriodView> getPeriods() {
        if (periods == null && page.getParticipant() != null) {
            periods = services.periods(page.getId());
        }
        return periods == null ? List.of() : periods;
    }

    /**
     * Days since the last participation-level service that stands: 0 while one is in progress, null
     * when there has been none.
     */
    public Long getDaysSinceLastService() {
        List<ServiceRecordView> delivered = getTimeline().stream()
                .filter(s -> !s.voided() && s.participationLevel() && s.actualStart() != null)
                .toList();
        if (delivered.stream().anyMatch(s -> s.status() == ServiceStatus.IN_PROGRESS)) {
            return 0L;
        }
        return delivered.stream()
                .map(s -> s.actualEnd() != null ? s.actualEnd() : s.actualStart())
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .map(last -> ChronoUnit.DAYS.between(last, LocalDate.now()))
                .orElse(null);
    }
}
