package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.waypoint.service.reference.AgencyZones;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.OfficeView;
import org.waypoint.web.common.Pages;

/**
 * The offices' time zones on admin/reference.xhtml: an office whose clock differs from its state's
 * (western Kentucky keeps Central time) gets its own zone; empty keeps the state's.
 */
@Named
@ViewScoped
public class OfficeZoneAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReferenceService reference;

    @EJB
    private AgencyZones zones;

    private Map<Long, String> drafts;

    /** Each office's zone as the table edits it, by office id. */
    public Map<Long, String> getZones() {
        if (drafts == null) {
            drafts = new HashMap<>();
            reference.offices(null).forEach(o -> drafts.put(o.id(), o.timeZone()));
        }
        return drafts;
    }

    public void save(Long officeId) {
        try {
            OfficeView saved = zones.setOfficeZone(officeId, getZones().get(officeId));
            drafts = null;
            Pages.info("reference.officeZoneSaved", saved.name());
        } catch (RuntimeException e) {
            Pages.show(e, "officeForm");
        }
    }
}
