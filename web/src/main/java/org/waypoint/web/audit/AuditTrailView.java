package org.waypoint.web.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.audit.AuditService.AuditView;

/** audit/index.xhtml: the latest audit rows within the reviewer's reach. */
@Named
@RequestScoped
public class AuditTrailView {

    @EJB
    private AuditService audit;

    private List<AuditView> entries;

    public List<AuditView> getEntries() {
        if (entries == null) {
            entries = audit.recent(200);
        }
        return entries;
    }
}
