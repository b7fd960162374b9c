package org.waypoint.web.services;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.common.Text;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.service.services.ServicePeriodView;
import org.waypoint.service.services.ServiceRecordInput;
import org.waypoint.service.services.ServiceRecordService;
import org.waypoint.service.services.ServiceRecordView;
import org.waypoint.web.common.Formats;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * participants/service.xhtml: records a service for a participant ({@code ?participant=ID}) or
 * corrects one ({@code ?id=SERVICE_ID}), with the version loaded so that a concurrent change is
 * refused by name and the typed values stay; a recorded service is voided here with its reason.
 */
@Named
@ViewScoped
public class ServiceRecordPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceRecordService services;

    @EJB
    private ParticipantService participants;

    @Inject
    private Formats fmt;

    private Long participant;
    private Long id;
    private ParticipantView person;
    private ServiceRecordView current;
    private RecordDraft<ServiceRecordInput> form = RecordDraft.empty(ServiceRecordInput.class);
    private List<SelectItem> codes;
    private List<ServicePeriodView> enrollments;
    private String voidReason;

    /** f:viewAction: 404 for an unknown service or participant, 403 for another LWDA's. */
    public void load() {
        try {
            if (id != null) {
                current = services.service(id);
                participant = current.participantId();
                form = RecordDraft.from(ServiceRecordInput.class, current);
            } else if (participant == null) {
                Pages.sendError(404);
                return;
            }
            person = participants.find(participant);
            enrollments = services.periods(participant);
            codes = ServiceCodeChoices.grouped(services.codesFor(participant));
            List<ServicePeriodView> open =
                    enrollments.stream().filter(e -> !e.exited()).toList();
            if (current == null && open.size() == 1) {
                form.set("enrollmentId", open.get(0).enrollmentId());
            }
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    public String save() {
        try {
            if (current == null) {
                services.record(participant, form.toRecord());
                Pages.info("services.recorded");
            } else {
                services.update(id, form.toRecord());
                Pages.info("services.saved");
            }
            return participantPage();
        } catch (RuntimeException e) {
            return Pages.show(e, "service");
        }
    }

    public String voidService() {
        try {
            services.voidService(id, voidReason, current.version());
            Pages.info("services.voided");
            return participantPage();
        } catch (RuntimeException e) {
            return Pages.show(e, "voidForm");
        }
    }

    private String participantPage() {
        return "/participants/view?faces-redirect=true&id=" + participant;
    }

    /** The participant's enrollments: "Adult, entered 03/02/2026 (open)". */
    public List<SelectItem> getEnrollmentChoices() {
        return enrollments == null
                ? List.of()
                : enrollments.stream()
                        .map(e -> new SelectItem(
                                e.enrollmentId(),
                                Pages.text("enum.Program." + e.program().name()) + ", "
                                        + Pages.text("services.entered") + " " + fmt.date(e.entryDate())
                                        + (e.exited()
                                                ? " (" + Pages.text("services.exitedOn") + " " + fmt.date(e.exitDate())
                                                        + ")"
                                                : " (" + Pages.text("services.open") + ")")))
                        .toList();
    }

    public List<SelectItem> getStatuses() {
        return Arrays.stream(ServiceStatus.values())
                .map(s -> new SelectItem(s, Pages.text(Text.of("services.status." + s.name()))))
                .toList();
    }

    public List<SelectItem> getCodes() {
        return codes == null ? List.of() : codes;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getParticipant() {
        return participant;
    }

    public void setParticipant(Long participant) {
        this.participant = participant;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ParticipantView getPerson() {
        return person;
    }

    public ServiceRecordView getCurrent() {
        return current;
    }

    /** The form's fields, bound as #{serviceRecordPageView.form.status} and so on. */
    public RecordDraft<ServiceRecordInput> getForm() {
        return form;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
