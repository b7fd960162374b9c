package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.waypoint.service.reference.ItaLimitView;
import org.waypoint.service.reference.PlanReferenceService;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.LwdaView;
import org.waypoint.service.security.StaffPrincipal;
import org.waypoint.web.common.Pages;
import org.waypoint.web.security.SessionUser;

/**
 * admin/plan-reference.xhtml, the page as a whole: which state's data it shows (a state admin
 * chooses, an LWDA admin sees their own state), that state's LWDAs, and the LWDAs' Individual
 * Training Account caps. The target sectors ({@link IndustrySectorAdminView}) and the Eligible
 * Training Provider List ({@link TrainingProgramAdminView}) have their own view beans on the page.
 */
@Named
@ViewScoped
public class PlanReferenceAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlanReferenceService planReference;

    @EJB
    private ReferenceService reference;

    @Inject
    private SessionUser user;

    private String state;
    private List<LwdaView> lwdas;
    private List<ItaLimitView> itaLimits;
    private Long itaLwdaId;
    private String itaLwdaName;
    private BigDecimal itaLimit;
    private Long itaVersion;

    public String getState() {
        if (state == null) {
            StaffPrincipal caller = user.getPrincipal();
            state = caller.stateCode() != null ? caller.stateCode() : "KY";
        }
        return state;
    }

    /** Only a state admin switches states; an LWDA admin stays in their own. */
    public void setState(String state) {
        if (isStateAdmin()) {
            this.state = state;
        }
    }

    public void stateChanged() {
        lwdas = null;
        itaLimits = null;
        cancelItaLimit();
    }

    public boolean isStateAdmin() {
        return user.isStateAdmin();
    }

    /** The caller's LWDA, null for a state admin. */
    public Long getCallerLwdaId() {
        return user.getPrincipal().lwdaId();
    }

    /** Whether the caller may change what belongs to this LWDA (null: the state plan, the state's list). */
    public boolean mayMaintain(Long lwdaId) {
        return isStateAdmin() || (lwdaId != null && lwdaId.equals(getCallerLwdaId()));
    }

    public List<LwdaView> getLwdas() {
        if (lwdas == null) {
            lwdas = reference.lwdas().stream()
                    .filter(l -> l.stateCode().equals(getState()))
                    .toList();
        }
        return lwdas;
    }

    public List<ItaLimitView> getItaLimits() {
        if (itaLimits == null) {
            itaLimits = planReference.itaLimits(getState());
        }
        return itaLimits;
    }

    public void editItaLimit(ItaLimitView limit) {
        itaLwdaId = limit.lwdaId();
        itaLwdaName = limit.lwdaName();
        itaLimit = limit.itaLimit();
        itaVersion = limit.versionLock();
    }

    public void saveItaLimit() {
        try {
            ItaLimitView saved = planReference.setItaLimit(itaLwdaId, itaVersion, itaLimit);
            itaLimits = null;
            cancelItaLimit();
            Pages.info("planReference.ita.saved", saved.lwdaName());
        } catch (RuntimeException e) {
            Pages.show(e, "itaForm");
        }
    }

    public void cancelItaLimit() {
        itaLwdaId = null;
        itaLwdaName = null;
        itaLimit = null;
        itaVersion = null;
    }

    public Long getItaLwdaId() {
        return itaLwdaId;
    }

    public String getItaLwdaName() {
        return itaLwdaName;
    }

    public BigDecimal getItaLimit() {
        return itaLimit;
    }

    public void setItaLimit(BigDecimal itaLimit) {
        this.itaLimit = itaLimit;
    }
}
