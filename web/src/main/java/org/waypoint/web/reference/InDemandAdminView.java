package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.waypoint.service.reference.InDemandInput;
import org.waypoint.service.reference.InDemandListService;
import org.waypoint.service.reference.InDemandView;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.LwdaView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;
import org.waypoint.web.security.SessionUser;

/**
 * admin/in-demand.xhtml: the boards' official in-demand lists (WIOA sec. 3(23)), one at a time, the
 * state board's or a local board's. An admin adds an occupation (the page types into a draft of
 * {@link InDemandInput}), removes one, or replaces the list from a CSV file. A state admin keeps every
 * list of the state; an LWDA admin opens on their own LWDA's and reads the state's.
 */
@Named
@ViewScoped
public class InDemandAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InDemandListService lists;

    @EJB
    private ReferenceService reference;

    @Inject
    private SessionUser user;

    private String state;
    private boolean scopeChosen;
    private Long scopeLwdaId;
    private List<LwdaView> lwdas;
    private List<InDemandView> entries;
    private RecordDraft<InDemandInput> draft = RecordDraft.empty(InDemandInput.class);

    public String getState() {
        if (state == null) {
            String own = user.getPrincipal().stateCode();
            state = own != null ? own : "KY";
        }
        return state;
    }

    /** Only a state admin switches states. */
    public void setState(String state) {
        if (user.isStateAdmin()) {
            this.state = state;
        }
    }

    public void stateChanged() {
        lwdas = null;
        scopeLwdaId = null;
        entries = null;
    }

    public boolean isStateAdmin() {
        return user.isStateAdmin();
    }

    /** The list shown: null for the state board's, else the LWDA whose local board's it is. */
    public Long getScopeLwdaId() {
        if (!scopeChosen) {
            scopeLwdaId = user.getPrincipal().lwdaId();
            scopeChosen = true;
        }
        return scopeLwdaId;
    }

    public void setScopeLwdaId(Long scopeLwdaId) {
        this.scopeLwdaId = scopeLwdaId;
        this.scopeChosen = true;
    }

    public void scopeChanged() {
        entries = null;
    }

    /** The LWDAs whose lists the caller opens: all of the state for a state admin, else their own. */
    public List<LwdaView> getScopes() {
        if (lwdas == null) {
            Long own = user.getPrincipal().lwdaId();
            lwdas = reference.lwdas().stream()
                    .filter(l -> l.stateCode().equals(getState()))
                    .filter(l -> user.isStateAdmin() || l.id().equals(own))
                    .toList();
        }
        return lwdas;
    }

    public boolean isMayEdit() {
        return user.isStateAdmin()
                || (getScopeLwdaId() != null
                        && getScopeLwdaId().equals(user.getPrincipal().lwdaId()));
    }

    public List<InDemandView> getEntries() {
        if (entries == null) {
            entries = lists.list(getState(), getScopeLwdaId());
        }
        return entries;
    }

    public void add() {
        try {
            draft.set("stateCode", getState());
            draft.set("lwdaId", getScopeLwdaId());
            InDemandView added = lists.add(draft.toRecord());
            draft = RecordDraft.empty(InDemandInput.class);
            entries = null;
            Pages.info("inDemand.added", added.title());
        } catch (RuntimeException e) {
            Pages.show(e, "demandForm");
        }
    }

    public void remove(InDemandView entry) {
        try {
            lists.remove(entry.id(), entry.versionLock());
            entries = null;
            Pages.info("inDemand.removed", entry.title());
        } catch (RuntimeException e) {
            Pages.show(e, "demandForm");
        }
    }

    /** The uploaded file replaces the list at once: one action, one transaction. */
    public void upload(FileUploadEvent event) {
        try {
            entries = lists.importList(
                    getState(), getScopeLwdaId(), event.getFile().getContent());
            Pages.info("inDemand.imported", entries.size());
        } catch (RuntimeException e) {
            Pages.show(e, "importForm");
        }
    }

    public RecordDraft<InDemandInput> getDraft() {
        return draft;
    }
}
