package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.waypoint.service.reference.PlanReferenceService;
import org.waypoint.service.reference.ReferenceService.LwdaView;
import org.waypoint.service.reference.SectorInput;
import org.waypoint.service.reference.SectorView;
import org.waypoint.web.common.Pages;

/**
 * The target industry sectors part of admin/plan-reference.xhtml: the sectors of one plan at a
 * time, the state plan's or an LWDA's local plan, deactivated ones included; add, rename, describe,
 * deactivate and reactivate. An LWDA admin opens on their own LWDA's and reads the state plan's.
 */
@Named
@ViewScoped
public class IndustrySectorAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlanReferenceService planReference;

    @Inject
    private PlanReferenceAdminView page;

    private boolean scopeChosen;
    private Long scopeLwdaId;
    private List<SectorView> sectors;
    private String sectorsKey;
    private Long editId;
    private Long editVersion;
    private String name;
    private String description;

    /** The plan shown: null for the state plan, else the LWDA whose local plan it is. */
    public Long getScopeLwdaId() {
        if (!scopeChosen) {
            scopeLwdaId = page.getCallerLwdaId();
            scopeChosen = true;
        }
        return scopeLwdaId;
    }

    public void setScopeLwdaId(Long scopeLwdaId) {
        this.scopeLwdaId = scopeLwdaId;
        this.scopeChosen = true;
    }

    /** The LWDAs whose local plans the caller may open: all of the state for a state admin, else their own. */
    public List<LwdaView> getScopes() {
        return page.getLwdas().stream()
                .filter(l -> page.isStateAdmin() || l.id().equals(page.getCallerLwdaId()))
                .toList();
    }

    public void scopeChanged() {
        sectors = null;
        cancel();
    }

    public boolean isMayEdit() {
        return page.mayMaintain(getScopeLwdaId());
    }

    public List<SectorView> getSectors() {
        String key = page.getState() + "/" + getScopeLwdaId();
        if (sectors == null || !Objects.equals(key, sectorsKey)) {
            if (getScopeLwdaId() != null && getScopes().stream().noneMatch(l -> l.id().equals(getScopeLwdaId()))) {
                scopeLwdaId = null; // the state changed under an LWDA of the other state
            }
            sectors = planReference.maintainedSectors(page.getState(), getScopeLwdaId());
            sectorsKey = page.getState() + "/" + getScopeLwdaId();
        }
        return sectors;
    }

    public void edit(SectorView sector) {
        editId = sector.id();
        editVersion = sector.versionLock();
        name = sector.name();
        description = sector.description();
    }

    public void cancel() {
        editId = null;
        editVersion = null;
        name = null;
        description = null;
    }

    public void save() {
        try {
            SectorView saved = planReference.saveSector(
                    editId, editVersion, new SectorInput(page.getState(), getScopeLwdaId(), name, description, null));
            sectors = null;
            cancel();
            Pages.info("planReference.sector.saved", saved.name());
        } catch (RuntimeException e) {
            Pages.show(e, "sectorForm");
        }
    }

    public void deactivate(SectorView sector) {
        try {
            planReference.deactivateSector(sector.id(), sector.versionLock());
            sectors = null;
            Pages.info("planReference.sector.deactivated", sector.name());
        } catch (RuntimeException e) {
            Pages.show(e, "sectorForm");
        }
    }

    public void reactivate(SectorView sector) {
        try {
            planReference.saveSector(
                    sector.id(),
                    sector.versionLock(),
                    new SectorInput(null, null, sector.name(), sector.description(), true));
            sectors = null;
            Pages.info("planReference.sector.reactivated", sector.name());
        } catch (RuntimeException e) {
            Pages.show(e, "sectorForm");
        }
    }

    public Long getEditId() {
        return editId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
