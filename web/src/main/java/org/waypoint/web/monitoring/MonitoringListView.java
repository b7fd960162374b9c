package org.waypoint.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.service.caseload.CaseloadService;
import org.waypoint.service.monitoring.FindingService;
import org.waypoint.service.monitoring.FindingView;
import org.waypoint.service.monitoring.MonitoringService;
import org.waypoint.service.monitoring.ReviewInput;
import org.waypoint.service.monitoring.ReviewView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.security.SessionUser;

/**
 * monitoring/index.xhtml: the compliance reviews (an LWDA admin's own LWDA's), the new-review form
 * for monitors and state admins (LWDA, period, sample size, seed to draw a sample again), and the
 * open corrective actions (findings) with their due dates.
 */
@Named
@ViewScoped
public class MonitoringListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MonitoringService monitoring;

    @EJB
    private FindingService findingService;

    @Inject
    private SessionUser user;

    private List<ReviewView> reviews;
    private List<FindingView> findings;
    private List<CaseloadService.Choice> lwdas;
    private Long lwdaId;
    private LocalDate from = LocalDate.now().minusMonths(6);
    private LocalDate to = LocalDate.now();
    private Integer sampleSize = 5;
    private Long seed;

    public List<ReviewView> getReviews() {
        if (reviews == null) {
            reviews = monitoring.reviews();
        }
        return reviews;
    }

    public List<FindingView> getFindings() {
        if (findings == null) {
            findings = findingService.findings(null);
        }
        return findings;
    }

    public List<CaseloadService.Choice> getLwdas() {
        if (lwdas == null) {
            lwdas = monitoring.lwdas();
        }
        return lwdas;
    }

    /** Draws the sample and opens the new review. */
    public String create() {
        try {
            ReviewView created = monitoring.create(new ReviewInput(lwdaId, from, to, sampleSize, seed));
            Pages.info("monitoring.created", created.files().size(), created.population(), created.seed());
            return "/monitoring/review?faces-redirect=true&id=" + created.id();
        } catch (RuntimeException e) {
            return Pages.show(e, "newReview");
        }
    }

    public boolean isMonitoring() {
        return user.isMonitor() || user.isStateAdmin();
    }

    public Long getLwdaId() {
        return lwdaId;
    }

    public void setLwdaId(Long lwdaId) {
        this.lwdaId = lwdaId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Integer getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(Integer sampleSize) {
        this.sampleSize = sampleSize;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }
}
