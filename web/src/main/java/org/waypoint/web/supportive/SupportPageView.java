package org.waypoint.web.supportive;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.service.reference.ServiceCatalogService;
import org.waypoint.service.supportive.SupportiveLimitService;
import org.waypoint.service.supportive.SupportiveLimitView;
import org.waypoint.service.supportive.SupportiveService;
import org.waypoint.service.supportive.SupportiveServiceInput;
import org.waypoint.service.supportive.SupportiveServiceView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * participants/support.xhtml?participant=ID: a participant's supportive services with where each
 * approval stands (and the LWDA admin's reason), the LWDA's limits, and the form that requests one.
 */
@Named
@ViewScoped
public class SupportPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ParticipantService participants;

    @EJB
    private SupportiveService supportive;

    @EJB
    private SupportiveLimitService limitService;

    @EJB
    private ServiceCatalogService catalog;

    private Long participantId;
    private ParticipantView participant;
    private List<SupportiveServiceView> services;
    private List<SupportiveLimitView> limits;
    private List<SelectItem> codeChoices;
    private RecordDraft<SupportiveServiceInput> form = RecordDraft.empty(SupportiveServiceInput.class);

    /** f:viewAction: 404 for an unknown participant, 403 for another LWDA's. */
    public void load() {
        if (participantId == null) {
            Pages.sendError(404);
            return;
        }
        try {
            participant = participants.find(participantId);
            services = supportive.services(participantId);
            limits = limitService.limits(participant.lwdaId());
            codeChoices = catalog.catalog(participant.stateCode(), false).stream()
                    .filter(c -> c.category() == ServiceCategory.SUPPORTIVE)
                    .map(c -> new SelectItem(c.code(), c.code() + " — " + c.name()))
                    .toList();
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    public void request() {
        try {
            SupportiveServiceView saved = supportive.request(participantId, form.toRecord());
            form = RecordDraft.empty(SupportiveServiceInput.class);
            services = supportive.services(participantId);
            Pages.info("support.saved." + saved.status().name(), saved.serviceName());
        } catch (RuntimeException e) {
            Pages.show(e, "supportForm");
        }
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public ParticipantView getParticipant() {
        return participant;
    }

    public List<SupportiveServiceView> getServices() {
        return services;
    }

    public List<SupportiveLimitView> getLimits() {
        return limits;
    }

    public List<SelectItem> getCodeChoices() {
        return codeChoices;
    }

    /** The request's fields, bound as #{supportPageView.form.amount} and so on. */
    public RecordDraft<SupportiveServiceInput> getForm() {
        return form;
    }
}
