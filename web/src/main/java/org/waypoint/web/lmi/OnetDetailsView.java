package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import org.waypoint.service.lmi.AreaCoverage;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.web.common.Pages;

/**
 * WEB-INF/includes/lmi/onet-details.xhtml and area-coverage.xhtml on the occupation page: what
 * the work is made of (job zone, tools, technology, tasks of the occupation and its specialties,
 * from the profile) and which figures exist for the area as the career seeker's state sees them. A
 * bean of its own beside {@link OccupationProfileView}, whose profile it reads, so that the page's
 * search and comparison stay in one place and these parts in another.
 */
@Named
@ViewScoped
public class OnetDetailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LmiService lmi;

    @Inject
    private OccupationProfileView page;

    private String coverageKey;
    private AreaCoverage coverage;

    /**
     * Which figures exist for the profile's area, seen from the participant's state (else the staff
     * member's); the same for every occupation, so it is worked out again only when the area changes.
     */
    public AreaCoverage getCoverage() {
        OccupationProfile profile = page.getProfile();
        if (profile == null) {
            return null;
        }
        String key = profile.area().id() + "|" + page.getParticipantId();
        if (!Objects.equals(key, coverageKey)) {
            try {
                coverage = lmi.coverage(profile.area().id(), page.getParticipantId(), null);
            } catch (RuntimeException e) {
                // the figures themselves are on the page; without the statement the page still works
                Pages.show(e, "lmi");
                coverage = profile.coverage();
            }
            coverageKey = key;
        }
        return coverage;
    }

    public String getAttribution() {
        return OccupationProfile.ONET_ATTRIBUTION;
    }
}
