package org.waypoint.web.participant;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.participant.NoteCategory;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.audit.AuditService.AuditView;
import org.waypoint.service.participant.CaseNoteInput;
import org.waypoint.service.participant.CaseNoteService;
import org.waypoint.service.participant.CaseNoteView;
import org.waypoint.service.participant.EnrollmentInput;
import org.waypoint.service.participant.EnrollmentView;
import org.waypoint.service.participant.ParticipantInput;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.CountyArea;
import org.waypoint.service.reference.ReferenceService.OfficeView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * participants/view.xhtml: the participant's page. Corrections go back with the version loaded
 * with the page, so a concurrent change is refused by name and the typed values stay in the form.
 * Also the program enrollments, the audited SSN reveal and the case notes.
 */
@Named
@ViewScoped
public class ParticipantPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ParticipantService participants;

    @EJB
    private CaseNoteService notes;

    @EJB
    private ReferenceService reference;

    @EJB
    private AuditService audit;

    @EJB
    private org.waypoint.service.lmi.LmiReviewService lmiReviews;

    private List<org.waypoint.service.lmi.LmiReviewView> lmiReviewList;

    private Long id;
    /** The tab to open with, by its id without "Tab" ({@code ?tab=followUp}); null: the first. */
    private String tab;

    private Integer activeIndex;
    /** The tabs of view.xhtml by id without "Tab", in their order there (the tab view's index is the position here). */
    private static final List<String> TABS = List.of(
            "record",
            "enrollments",
            "notes",
            "assessment",
            "plans",
            "services",
            "followUp",
            "outcomes",
            "lmi",
            "history");

    private ParticipantView participant;
    private RecordDraft<ParticipantInput> form;
    private List<CountyArea> zipCounties = List.of();
    private String revealedSsn;
    private List<EnrollmentView> enrollments;
    private List<CaseNoteView> caseNotes;
    private List<AuditView> history;
    private String noteSearch;

    private RecordDraft<EnrollmentInput> enrollment = newEnrollment();
    private RecordDraft<CaseNoteInput> note = newNote();
    /** The plan version a new note is about, as "planId:version"; null when none. */
    private String noteAbout;

    /** f:viewAction: 404 for an unknown id, 403 for another LWDA's participant. */
    public void load() {
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        try {
            show(participants.find(id));
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    /** The LMI reviewed with this career seeker, newest first (loaded when the tab is shown). */
    public List<org.waypoint.service.lmi.LmiReviewView> getLmiReviews() {
        if (lmiReviewList == null && id != null) {
            lmiReviewList = lmiReviews.reviews(id);
        }
        return lmiReviewList;
    }

    public String save() {
        try {
            form.set("version", participant.version());
            show(participants.correct(id, form.toRecord()));
            Pages.info("participants.saved");
        } catch (RuntimeException e) {
            Pages.show(e, "tabs:participant");
        }
        return null;
    }

    public void zipChanged() {
        String zip = (String) form.get("zip");
        zipCounties = zip == null || !zip.matches("\\d{5}") ? List.of() : reference.resolveZip(zip);
        form.set("countyFips", zipCounties.size() == 1 ? zipCounties.get(0).fips() : null);
    }

    public void revealSsn() {
        try {
            revealedSsn = participants.revealSsn(id);
        } catch (RuntimeException e) {
            Pages.show(e, "tabs:participant");
        }
    }

    public void enroll() {
        try {
            EnrollmentView created = participants.enroll(id, enrollment.toRecord());
            enrollments = null;
            enrollment = newEnrollment();
            Pages.info("participant.enrolled", created.program());
        } catch (RuntimeException e) {
            Pages.show(e, "tabs:enrollments");
        }
    }

    /** Reads the enrollments again after a change made elsewhere on the page (an exit, a planned gap). */
    public void enrollmentsChanged() {
        enrollments = null;
    }

    public void writeNote() {
        try {
            boolean aboutPlan = noteAbout != null && noteAbout.contains(":");
            note.set("planId", aboutPlan ? Long.valueOf(noteAbout.substring(0, noteAbout.indexOf(':'))) : null);
            note.set(
                    "planVersion", aboutPlan ? Integer.valueOf(noteAbout.substring(noteAbout.indexOf(':') + 1)) : null);
            notes.write(id, note.toRecord());
            noteAbout = null;
            caseNotes = null;
            note = newNote();
            Pages.info("participant.note.saved");
        } catch (RuntimeException e) {
            Pages.show(e, "tabs:notes");
        }
    }

    /** Starts a correcting note for {@code note}. */
    public void correct(CaseNoteView note) {
        this.note.set("correctsId", note.id());
        this.note.set("category", NoteCategory.CORRECTION);
        this.note.set("text", note.text());
    }

    public void searchNotes() {
        caseNotes = null;
    }

    private void show(ParticipantView view) {
        participant = view;
        form = RecordDraft.from(ParticipantInput.class, view);
        zipCounties = view.zip() == null ? List.of() : reference.resolveZip(view.zip());
        history = null;
    }

    public List<EnrollmentView> getEnrollments() {
        if (enrollments == null && participant != null) {
            enrollments = participants.enrollments(id);
        }
        return enrollments;
    }

    public List<CaseNoteView> getCaseNotes() {
        if (caseNotes == null && participant != null) {
            caseNotes = notes.notes(id, noteSearch);
        }
        return caseNotes;
    }

    public List<AuditView> getHistory() {
        if (history == null && participant != null) {
            history = audit.history("Participant", participant.participantNumber(), participant.lwdaId());
        }
        return history;
    }

    public List<OfficeView> getOffices() {
        return participant == null ? List.of() : reference.offices(participant.lwdaId());
    }

    public ParticipantView getParticipant() {
        return participant;
    }

    public RecordDraft<ParticipantInput> getForm() {
        return form;
    }

    public List<CountyArea> getZipCounties() {
        return zipCounties;
    }

    public String getRevealedSsn() {
        return revealedSsn;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNoteSearch() {
        return noteSearch;
    }

    public void setNoteSearch(String noteSearch) {
        this.noteSearch = noteSearch;
    }

    /** The enrollment being added: program and entry date (today unless changed). */
    public RecordDraft<EnrollmentInput> getEnrollment() {
        return enrollment;
    }

    /** The case note being written (or the correction being made). */
    public RecordDraft<CaseNoteInput> getNote() {
        return note;
    }

    private static RecordDraft<EnrollmentInput> newEnrollment() {
        RecordDraft<EnrollmentInput> draft = RecordDraft.empty(EnrollmentInput.class);
        draft.set("entryDate", LocalDate.now());
        return draft;
    }

    private static RecordDraft<CaseNoteInput> newNote() {
        RecordDraft<CaseNoteInput> draft = RecordDraft.empty(CaseNoteInput.class);
        draft.set("contactDate", LocalDate.now());
        draft.set("category", NoteCategory.CONTACT);
        return draft;
    }

    public String getNoteAbout() {
        return noteAbout;
    }

    public void setNoteAbout(String noteAbout) {
        this.noteAbout = noteAbout;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    /**
     * Whether this request builds the tab's content (c:if in view.xhtml). A case file has ten tabs
     * and a case manager reads one or two, so a request builds only the tab it is about: on opening
     * the page, the tab {@code ?tab=} names (else the record); when PrimeFaces loads a tab's content
     * the first time, that tab (its request names it); and on a form's request, the tab holding that
     * form. Decided from the request alone: the view-scoped bean is not restored yet when a posted
     * view is rebuilt.
     *
     * @param forms the ids of the tab's forms, separated by spaces
     */
    public boolean built(String name, String forms) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> request = faces.getExternalContext().getRequestParameterMap();
        if (!faces.isPostback()) {
            return name.equals(tab != null && TABS.contains(tab) ? tab : "record");
        }
        String loading = request.get("tabs_currentTab");
        if (loading != null) {
            return loading.equals("tabs:" + name + "Tab");
        }
        String source = request.getOrDefault("jakarta.faces.source", "");
        return Arrays.stream(forms.split(" "))
                .filter(form -> !form.isEmpty())
                .anyMatch(form -> request.containsKey("tabs:" + form) || source.startsWith("tabs:" + form + ":"));
    }

    /** The tab shown: the one {@code ?tab=} names, else the first. */
    public int getActiveIndex() {
        if (activeIndex == null) {
            activeIndex = tab != null && TABS.contains(tab) ? TABS.indexOf(tab) : 0;
        }
        return activeIndex;
    }

    public void setActiveIndex(int activeIndex) {
        this.activeIndex = activeIndex;
    }
}
