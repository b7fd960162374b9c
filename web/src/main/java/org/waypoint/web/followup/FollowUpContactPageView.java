package org.waypoint.web.followup;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waypoint.persistence.followup.ContactMethod;
import org.waypoint.persistence.followup.ContactOutcome;
import org.waypoint.persistence.followup.EmploymentStatus;
import org.waypoint.persistence.followup.EmploymentVerification;
import org.waypoint.persistence.followup.FollowUpStatus;
import org.waypoint.persistence.followup.YouthPlacement;
import org.waypoint.service.followup.FollowUpCloseInput;
import org.waypoint.service.followup.FollowUpContactInput;
import org.waypoint.service.followup.FollowUpRules;
import org.waypoint.service.followup.FollowUpService;
import org.waypoint.service.followup.FollowUpServiceInput;
import org.waypoint.service.followup.FollowUpView;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * participants/follow-up-contact.xhtml?followUp=ID (with {@code &quarter=N} to show the quarter the
 * contact is for, {@code &from=tasks} to go back to the task list): records a follow-up contact
 * with what was learned of employment or placement and the follow-up services given, closes the
 * period as unreachable or declined, or voids a contact. The period's version goes back with each
 * action, so a concurrent change is refused by name and what was typed stays.
 */
@Named
@ViewScoped
public class FollowUpContactPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern SUGGESTION = Pattern.compile("(\\d{2}-\\d{4})\\s+(.+)");

    @EJB
    private FollowUpService followUps;

    @EJB
    private ParticipantService participants;

    @EJB
    private LmiService lmi;

    private Long followUp;
    private Integer quarter;
    private String from;
    private FollowUpView period;
    private ParticipantView person;
    private List<SelectItem> codes = List.of();
    private List<SelectItem> staff = List.of();
    private RecordDraft<FollowUpContactInput> form = RecordDraft.empty(FollowUpContactInput.class);
    private final List<RecordDraft<FollowUpServiceInput>> services = new ArrayList<>();
    private String occupation;
    private RecordDraft<FollowUpCloseInput> closing = RecordDraft.empty(FollowUpCloseInput.class);
    private Long voidContactId;
    private String voidReason;

    /** f:viewAction: 404 for an unknown period, 403 for another LWDA's. */
    public void load() {
        if (followUp == null) {
            Pages.sendError(404);
            return;
        }
        try {
            period = followUps.followUp(followUp);
            person = participants.find(period.participantId());
            codes = followUps.serviceCodes(followUp).stream()
                    .map(c -> new SelectItem(c.id(), c.code() + " · " + c.name()))
                    .toList();
            staff = followUps.staff(followUp).stream()
                    .map(a -> new SelectItem(a.id(), a.name()))
                    .toList();
            form.set("contactDate", LocalDate.now());
            form.set("outcome", ContactOutcome.REACHED);
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    public String save() {
        try {
            if (occupation != null && !occupation.isBlank() && form.get("socCode") == null) {
                occupationChosen();
            }
            clearHidden();
            form.set("version", period.version());
            form.set("services", services.stream().map(RecordDraft::toRecord).toList());
            followUps.recordContact(followUp, form.toRecord());
            Pages.info("followUp.contact.saved");
            return back();
        } catch (RuntimeException e) {
            return Pages.show(e, "contact");
        }
    }

    public String close() {
        try {
            closing.set("version", period.version());
            followUps.close(followUp, closing.toRecord());
            Pages.info("followUp.closed");
            return back();
        } catch (RuntimeException e) {
            return Pages.show(e, "closeForm");
        }
    }

    public String voidContact() {
        try {
            if (voidContactId == null) {
                Pages.error(Pages.text("followUp.void.choose"));
                return null;
            }
            followUps.voidContact(voidContactId, voidReason, period.version());
            Pages.info("followUp.voided");
            return back();
        } catch (RuntimeException e) {
            return Pages.show(e, "voidForm");
        }
    }

    /** Fields the page hides (not reached, not employed) are not sent: what the user sees is what is saved. */
    private void clearHidden() {
        if (!isReached()) {
            form.set("employmentStatus", null);
            form.set("youthPlacement", null);
            services.clear();
        }
        if (!isEmployed()) {
            for (String field :
                    List.of("employer", "employmentStart", "socCode", "hourlyWage", "weeklyHours", "verification")) {
                form.set(field, null);
            }
            occupation = null;
        }
    }

    private String back() {
        return "tasks".equals(from)
                ? "/tasks/list?faces-redirect=true"
                : "/participants/view?faces-redirect=true&tab=followUp&id=" + period.participantId();
    }

    public void addService() {
        RecordDraft<FollowUpServiceInput> row = RecordDraft.empty(FollowUpServiceInput.class);
        row.set("serviceDate", form.get("contactDate"));
        services.add(row);
    }

    public void removeService(RecordDraft<FollowUpServiceInput> row) {
        services.remove(row);
    }

    /** LMI occupation suggestions, as the plan's goal picker shows them: "29-1141 Registered Nurses". */
    public List<String> completeOccupation(String text) {
        return lmi.search(text, 15).stream().map(m -> m.soc() + " " + m.title()).toList();
    }

    /** The occupation picked: its SOC code goes in the contact; other text takes the best match. */
    public void occupationChosen() {
        String text = occupation == null ? "" : occupation.strip();
        Matcher suggestion = SUGGESTION.matcher(text);
        if (suggestion.matches()) {
            form.set("socCode", suggestion.group(1));
            return;
        }
        var matches = text.isEmpty() ? List.<org.waypoint.service.lmi.OccupationMatch>of() : lmi.search(text, 1);
        form.set("socCode", matches.isEmpty() ? null : matches.get(0).soc());
        if (!matches.isEmpty()) {
            occupation = matches.get(0).soc() + " " + matches.get(0).title();
        }
    }

    /** The quarter after exit the contact date falls in (what the contact will count for), or null. */
    public Integer getContactQuarter() {
        LocalDate date = (LocalDate) form.get("contactDate");
        if (period == null || date == null) {
            return quarter;
        }
        int n = FollowUpRules.quarterOf(period.exitDate(), date);
        return n == 0 ? null : n;
    }

    public boolean isReached() {
        return form.get("outcome") == ContactOutcome.REACHED;
    }

    public boolean isEmployed() {
        return isReached() && form.get("employmentStatus") == EmploymentStatus.EMPLOYED;
    }

    public List<SelectItem> getMethods() {
        return items(ContactMethod.values(), "ContactMethod");
    }

    public List<SelectItem> getOutcomes() {
        return items(ContactOutcome.values(), "ContactOutcome");
    }

    public List<SelectItem> getEmploymentStatuses() {
        return items(EmploymentStatus.values(), "FollowUpEmployment");
    }

    public List<SelectItem> getVerifications() {
        return items(EmploymentVerification.values(), "EmploymentVerification");
    }

    public List<SelectItem> getPlacements() {
        return items(YouthPlacement.values(), "YouthPlacement");
    }

    public List<SelectItem> getCloseStatuses() {
        return items(new FollowUpStatus[] {FollowUpStatus.UNREACHABLE, FollowUpStatus.DECLINED}, "FollowUpStatus");
    }

    /** The contacts that may be voided: "Q1 · 03/02/2026 · Reached". */
    public List<SelectItem> getVoidableContacts() {
        return period == null
                ? List.of()
                : period.contacts().stream()
                        .filter(c -> !c.voided())
                        .map(c -> new SelectItem(
                                c.id(),
                                "Q" + c.quarter() + " · " + c.contactDate() + " · "
                                        + Pages.text("enum.ContactOutcome."
                                                + c.outcome().name())))
                        .toList();
    }

    private static List<SelectItem> items(Enum<?>[] values, String bundle) {
        return Arrays.stream(values)
                .map(v -> new SelectItem(v, Pages.text("enum." + bundle + "." + v.name())))
                .toList();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getFollowUp() {
        return followUp;
    }

    public void setFollowUp(Long followUp) {
        this.followUp = followUp;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public FollowUpView getPeriod() {
        return period;
    }

    public ParticipantView getPerson() {
        return person;
    }

    public List<SelectItem> getCodes() {
        return codes;
    }

    /** The local area's staff, for "contact made by" (none chosen: the signed-in user). */
    public List<SelectItem> getStaff() {
        return staff;
    }

    /** The contact's fields, bound as #{followUpContactPageView.form.contactDate} and so on. */
    public RecordDraft<FollowUpContactInput> getForm() {
        return form;
    }

    public List<RecordDraft<FollowUpServiceInput>> getServices() {
        return services;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public RecordDraft<FollowUpCloseInput> getClosing() {
        return closing;
    }

    public Long getVoidContactId() {
        return voidContactId;
    }

    public void setVoidContactId(Long voidContactId) {
        this.voidContactId = voidContactId;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
