package org.waypoint.web.services;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.participant.ParticipantSearch;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantSummary;
import org.waypoint.service.reference.ServiceCatalogService;
import org.waypoint.service.services.ServiceEntryRow;
import org.waypoint.service.services.ServiceRecordInput;
import org.waypoint.service.services.ServiceRecordService;
import org.waypoint.service.services.ServiceRecordView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * participants/quick-services.xhtml: a case manager who saw several people today enters one row per
 * participant and service (participant by number or name, code, date, status, note) and saves them
 * all at once. Nothing is saved while a row is wrong; each refused value is shown in its row.
 */
@Named
@ViewScoped
public class QuickServicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int FIRST_ROWS = 3;
    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

    @EJB
    private ServiceRecordService services;

    @EJB
    private ServiceCatalogService catalog;

    @EJB
    private ParticipantService participants;

    private final List<QuickRow> rows = new ArrayList<>();
    private List<SelectItem> codes;

    public QuickServicesView() {
        for (int i = 0; i < FIRST_ROWS; i++) {
            rows.add(new QuickRow());
        }
    }

    /** One row: who, and the service, whose one date is the start (planned) or the day delivered. */
    public static final class QuickRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String participant;
        private LocalDate day = LocalDate.now();
        private final RecordDraft<ServiceRecordInput> service = RecordDraft.empty(ServiceRecordInput.class);

        QuickRow() {
            service.set("status", ServiceStatus.COMPLETED_SUCCESSFUL);
        }

        boolean isBlank() {
            return (participant == null || participant.isBlank()) && service.get("serviceCodeId") == null;
        }

        /** The input: a planned service starts on the day; a delivered one started (and, if completed, ended) on it. */
        ServiceRecordInput input() {
            RecordDraft<ServiceRecordInput> input = RecordDraft.of(service.toRecord());
            ServiceStatus status = (ServiceStatus) service.get("status");
            if (status == ServiceStatus.PLANNED) {
                input.set("plannedStart", day);
            } else if (status != ServiceStatus.NOT_COMPLETED) {
                input.set("actualStart", day);
                input.set("actualEnd", status != null && status.isCompleted() ? day : null);
            }
            return input.toRecord();
        }

        public String getParticipant() {
            return participant;
        }

        public void setParticipant(String participant) {
            this.participant = participant;
        }

        public LocalDate getDay() {
            return day;
        }

        public void setDay(LocalDate day) {
            this.day = day;
        }

        public RecordDraft<ServiceRecordInput> getService() {
            return service;
        }
    }

    public void addRow() {
        rows.add(new QuickRow());
    }

    /** Participants of the caller's area whose number or name starts with the text: "WP-0001 Dana Whitaker". */
    public List<String> completeParticipant(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String query = text.strip();
        ParticipantSearch search = query.toUpperCase().startsWith("WP-")
                ? new ParticipantSearch(
                        null,
                        query,
                        null,
                        null,
                        null,
                        null,
                        null,
                        ParticipantSearch.Status.ANY,
                        ParticipantSearch.Sort.NUMBER,
                        true)
                : ParticipantSearch.byName(query);
        return participants.search(search, 0, 10).stream()
                .map(p -> p.participantNumber() + " " + p.firstName() + " " + p.lastName())
                .toList();
    }

    public String save() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<ServiceEntryRow> entries = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            QuickRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            Long participantId = participantId(row.getParticipant());
            if (participantId == null) {
                errors.put("rows[" + i + "].participant", Pages.text("services.quick.noParticipant"));
            }
            try {
                entries.add(new ServiceEntryRow(participantId, row.input()));
                rowOf.add(i);
            } catch (InvalidInputException e) {
                String prefix = "rows[" + i + "].";
                e.getFieldErrors(Pages.locale()).forEach((field, message) -> errors.put(prefix + field, message));
            }
        }
        if (entries.isEmpty() && errors.isEmpty()) {
            Pages.error(Pages.text("services.quick.empty"));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        if (!errors.isEmpty()) {
            showRowErrors(errors, null);
            return null;
        }
        try {
            List<ServiceRecordView> saved = services.recordAll(entries);
            Pages.info("services.quick.saved", saved.size());
            return "/participants/quick-services?faces-redirect=true";
        } catch (RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InvalidInputException invalid) {
                showRowErrors(invalid.getFieldErrors(Pages.locale()), rowOf);
                return null;
            }
            return Pages.show(e, "quick");
        }
    }

    /** Each error next to its row's input; {@code rowOf} maps the service's row numbers to the page's. */
    private void showRowErrors(Map<String, String> errors, List<Integer> rowOf) {
        FacesContext faces = FacesContext.getCurrentInstance();
        errors.forEach((field, message) -> {
            Matcher m = ROW_FIELD.matcher(field);
            String clientId = null;
            if (m.matches()) {
                int row = Integer.parseInt(m.group(1));
                int pageRow = rowOf == null ? row : rowOf.get(row);
                clientId = "quick:rows:" + pageRow + ":" + input(m.group(2));
            }
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        });
        faces.validationFailed();
    }

    /** The row's input that shows a service field's error. */
    private static String input(String field) {
        return switch (field) {
            case "plannedStart", "plannedEnd", "actualStart", "actualEnd" -> "day";
            case "participantId", "enrollmentId" -> "participant";
            case "serviceCodeId", "status", "note", "participant" -> field;
            default -> "serviceCodeId";
        };
    }

    /** The id of the participant a row names by number (what the completion offers first), in the caller's area. */
    private Long participantId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String number = text.strip().split("\\s+")[0];
        List<ParticipantSummary> found = participants.search(
                new ParticipantSearch(
                        null,
                        number,
                        null,
                        null,
                        null,
                        null,
                        null,
                        ParticipantSearch.Status.ANY,
                        ParticipantSearch.Sort.NUMBER,
                        true),
                0,
                2);
        return found.size() == 1 ? found.get(0).id() : null;
    }

    /** The caller's state's active codes by category. */
    public List<SelectItem> getCodes() {
        if (codes == null) {
            codes = ServiceCodeChoices.grouped(catalog.catalog(null, false));
        }
        return codes;
    }

    public List<SelectItem> getStatuses() {
        return Arrays.stream(ServiceStatus.values())
                .map(s -> new SelectItem(s, Pages.text(Text.of("services.status." + s.name()))))
                .toList();
    }

    public List<QuickRow> getRows() {
        return rows;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
