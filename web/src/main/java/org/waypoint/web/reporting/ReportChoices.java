package org.waypoint.web.reporting;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.LwdaView;
import org.waypoint.service.reporting.indicators.ReportProgram;
import org.waypoint.web.security.SessionUser;

/**
 * The choices of the report filters: states and LWDAs the caller may report on (their own LWDA
 * for LWDA-bound roles), the programs, and the export addresses.
 */
@Named("reportChoices")
@RequestScoped
public class ReportChoices {

    @EJB
    private ReferenceService reference;

    @Inject
    private SessionUser user;

    public List<String> getStates() {
        if (user.getPrincipal().role().isBoundToLwda()) {
            return List.of(user.getPrincipal().stateCode());
        }
        return reference.states().stream().map(ReferenceService.StateView::code).toList();
    }

    public List<LwdaView> lwdas(String state) {
        Long own =
                user.getPrincipal().role().isBoundToLwda() ? user.getPrincipal().lwdaId() : null;
        return reference.lwdas().stream()
                .filter(l -> own == null || own.equals(l.id()))
                .filter(l -> state == null || state.isBlank() || state.equals(l.stateCode()))
                .toList();
    }

    public List<ReportProgram> getPrograms() {
        return List.of(ReportProgram.values());
    }

    public boolean isLwdaBound() {
        return user.getPrincipal().role().isBoundToLwda();
    }

    String exportUrl(String table, String format, String query) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/reports/export?table=" + table + "&format=" + format + (query.isEmpty() ? "" : "&" + query);
    }
}
