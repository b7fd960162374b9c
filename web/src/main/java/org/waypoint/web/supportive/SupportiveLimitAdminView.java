package org.waypoint.web.supportive;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.service.reference.ServiceCatalogService;
import org.waypoint.service.supportive.SupportiveLimitInput;
import org.waypoint.service.supportive.SupportiveLimitService;
import org.waypoint.service.supportive.SupportiveLimitView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;
import org.waypoint.web.security.SessionUser;

/**
 * admin/supportive-limits.xhtml: the LWDA admin's supportive-service limits per participant and
 * program year, the one on all supportive services and one per service code; a row is edited (or
 * removed) in the form below the table.
 */
@Named
@ViewScoped
public class SupportiveLimitAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SupportiveLimitService limitService;

    @EJB
    private ServiceCatalogService catalog;

    @Inject
    private SessionUser user;

    private List<SupportiveLimitView> limits;
    private List<SelectItem> codeChoices;
    private boolean editing;
    private RecordDraft<SupportiveLimitInput> form = RecordDraft.empty(SupportiveLimitInput.class);

    public List<SupportiveLimitView> getLimits() {
        if (limits == null) {
            limits = limitService.limits(user.getPrincipal().lwdaId());
        }
        return limits;
    }

    public List<SelectItem> getCodeChoices() {
        if (codeChoices == null) {
            codeChoices = catalog.catalog(null, false).stream()
                    .filter(c -> c.category() == ServiceCategory.SUPPORTIVE)
                    .map(c -> new SelectItem(c.code(), c.code() + " — " + c.name()))
                    .toList();
        }
        return codeChoices;
    }

    public void add() {
        editing = false;
        form = RecordDraft.empty(SupportiveLimitInput.class);
    }

    public void edit(SupportiveLimitView limit) {
        editing = true;
        form = RecordDraft.from(SupportiveLimitInput.class, limit);
    }

    public void save() {
        try {
            limits = limitService.save(user.getPrincipal().lwdaId(), form.toRecord());
            add();
            Pages.info("supportiveLimits.saved");
        } catch (RuntimeException e) {
            Pages.show(e, "limitForm");
        }
    }

    public void remove(SupportiveLimitView limit) {
        try {
            limits = limitService.save(
                    user.getPrincipal().lwdaId(), new SupportiveLimitInput(limit.serviceCode(), null, limit.version()));
            add();
            Pages.info("supportiveLimits.removed");
        } catch (RuntimeException e) {
            Pages.show(e, "limitForm");
        }
    }

    public boolean isEditing() {
        return editing;
    }

    /** The form's fields, bound as #{supportiveLimitAdminView.form.annualAmount} and so on. */
    public RecordDraft<SupportiveLimitInput> getForm() {
        return form;
    }
}
