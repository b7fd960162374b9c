package org.waypoint.web.plan;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import org.primefaces.util.EscapeUtils;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.ScheduleLink;
import org.waypoint.service.plan.ServiceType;
import org.waypoint.service.reference.ServiceCatalogService;
import org.waypoint.service.reference.ServiceCodeView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * The schedule step of plans/edit.xhtml (Georgia I.C, issue 14): the rows of planned services with
 * their catalog codes, each beside its service record's delivery (planned against actual), and the
 * flow of services drawn from both. The plan itself is {@link PlanEditView}'s; this bean holds the
 * step's choices and the timeline.
 */
@Named
@ViewScoped
public class PlanScheduleView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The timeline's group of rows without a kind of service yet. */
    private static final String UNTYPED = "UNTYPED";

    @Inject
    private PlanEditView edit;

    @EJB
    private ServiceCatalogService catalog;

    private List<ServiceCodeView> codes;

    public void addService() {
        RecordDraft<PlanContent.PlannedService> service = RecordDraft.empty(PlanContent.PlannedService.class);
        service.set("wioaFunded", true);
        edit.getForm().getServices().add(service);
    }

    public void removeService(RecordDraft<PlanContent.PlannedService> service) {
        edit.getForm().getServices().remove(service);
    }

    /** A code chosen: the row is of the code's kind, and its description starts as the code's name. */
    public void serviceCodeChosen(RecordDraft<PlanContent.PlannedService> service) {
        ServiceCodeView code = code((Long) service.get("serviceCodeId"));
        if (code == null) {
            return;
        }
        service.set("type", ServiceType.of(code.category(), code.youthElement()));
        String description = (String) service.get("description");
        if (description == null || description.isBlank()) {
            service.set("description", code.name());
        }
    }

    /**
     * The state's active codes, by category and code, and any code a row names that was deactivated
     * since (its record keeps it).
     */
    public List<SelectItem> getCodeChoices() {
        List<Object> used = edit.getForm().getServices().stream()
                .map(s -> s.get("serviceCodeId"))
                .filter(Objects::nonNull)
                .toList();
        return codes().stream()
                .filter(c -> c.active() || used.contains(c.id()))
                .map(c -> new SelectItem(
                        c.id(),
                        c.code() + " — " + c.name() + (c.active() ? "" : " " + Pages.text("plan.schedule.inactive"))))
                .toList();
    }

    /** The programs of this kind of plan (a planned service belongs to one program enrollment). */
    public List<SelectItem> getProgramChoices() {
        return edit.getPlan().kind().programs().stream()
                .sorted()
                .map(p -> new SelectItem(p, Pages.text("enum.Program." + p.name())))
                .toList();
    }

    /** The service record of a row, with its delivery; null for a row not yet linked. */
    public ScheduleLink link(RecordDraft<PlanContent.PlannedService> service) {
        String key = (String) service.get("key");
        return key == null ? null : edit.getPlan().link(key);
    }

    /**
     * The "flow of services": each scheduled service from its planned start to its planned end, and
     * beside it, once delivery began, from its actual start to its actual end (a service without an
     * end shows as a point), one row per kind. An event's data is its text as HTML (escaped), which
     * is what vis-timeline shows.
     */
    public TimelineModel<String, String> getTimeline() {
        TimelineModel<String, String> model = new TimelineModel<>();
        List<RecordDraft<PlanContent.PlannedService>> rows = edit.getForm().getServices();
        for (ServiceType type : ServiceType.values()) {
            if (rows.stream().anyMatch(s -> s.get("type") == type)) {
                model.addGroup(new TimelineGroup<>(type.name(), type.label()));
            }
        }
        if (rows.stream().anyMatch(s -> s.get("type") == null)) {
            // a row not yet given its kind is still a service of the plan: it shows, under its own line
            model.addGroup(new TimelineGroup<>(UNTYPED, Pages.text("plan.services.untyped")));
        }
        for (RecordDraft<PlanContent.PlannedService> draft : rows) {
            PlanContent.PlannedService service = draft.toRecord();
            String label = service.type() == null
                    ? Pages.text("plan.services.untyped")
                    : service.type().label();
            String text =
                    service.description() == null || service.description().isBlank() ? label : service.description();
            add(model, service, text, service.plannedStart(), service.plannedEnd(), "planned");
            ScheduleLink link = link(draft);
            if (link != null && link.actualStart() != null) {
                add(
                        model,
                        service,
                        text + " (" + link.statusLabel().toLowerCase() + ")",
                        link.actualStart(),
                        link.actualEnd(),
                        "actual");
            }
        }
        return model;
    }

    /**
     * Where the timeline opens: a week before the first service and two after the last start or end,
     * so that a service of one day or without an end at either edge shows whole (issue 19: fitted
     * to the exact first and last dates, the edge services were cut off and seemed missing).
     */
    public java.time.LocalDateTime getTimelineStart() {
        return dates().min(LocalDate::compareTo)
                .map(d -> d.minusWeeks(1).atStartOfDay())
                .orElse(null);
    }

    public java.time.LocalDateTime getTimelineEnd() {
        return dates().max(LocalDate::compareTo)
                .map(d -> d.plusWeeks(2).atStartOfDay())
                .orElse(null);
    }

    private java.util.stream.Stream<LocalDate> dates() {
        return edit.getForm().getServices().stream()
                .map(RecordDraft::toRecord)
                .flatMap(s -> java.util.stream.Stream.of(s.plannedStart(), s.plannedEnd()))
                .filter(java.util.Objects::nonNull);
    }

    private static void add(
            TimelineModel<String, String> model,
            PlanContent.PlannedService service,
            String text,
            LocalDate start,
            LocalDate end,
            String kind) {
        if (start == null) {
            return;
        }
        String type = service.type() == null ? UNTYPED : service.type().name();
        // vis-timeline shows an event's content and its title (the tooltip) as HTML: both are
        // escaped here. PrimeFaces escapes them only for the script string that carries them, and
        // an h:outputText inside p:timeline cannot do it either: it renders within the widget's
        // script element, where the Faces response writer writes text unescaped.
        TimelineEvent.Builder<String> event = TimelineEvent.<String>builder()
                .data(EscapeUtils.forHtml(text))
                .startDate(start)
                .group(type)
                .title(EscapeUtils.forHtml(text + (service.provider() == null ? "" : " · " + service.provider())))
                .styleClass("wp-service-" + type.toLowerCase() + " wp-service-" + kind);
        if (end != null && end.isAfter(start)) {
            event.endDate(end);
        }
        model.add(event.build());
    }

    private List<ServiceCodeView> codes() {
        if (codes == null) {
            codes = new ArrayList<>(catalog.catalog(edit.getPlan().state(), true));
        }
        return codes;
    }

    private ServiceCodeView code(Long id) {
        return id == null
                ? null
                : codes().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }
}
