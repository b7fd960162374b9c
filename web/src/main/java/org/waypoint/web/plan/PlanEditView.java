package org.waypoint.web.plan;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.lmi.LmiReviewService;
import org.waypoint.service.lmi.LmiReviewView;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.service.lmi.OccupationMatch;
import org.waypoint.service.lmi.pathway.CareerPathwayService;
import org.waypoint.service.lmi.pathway.PathwayPlanText;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.service.plan.PlanAttachment;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanDiff;
import org.waypoint.service.plan.PlanFileService;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.PlanService;
import org.waypoint.service.plan.PlanView;
import org.waypoint.service.reference.PlanReferenceService;
import org.waypoint.service.reference.TrainingProgramView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;
import org.waypoint.web.security.SessionUser;

/**
 * plans/edit.xhtml: the IEP or ISS as one long form in steps. Each step change, and the idle
 * monitor before the session-timeout warning, saves the draft, so nothing typed waits in the
 * browser. A save refused because someone else saved first keeps what this user typed: the page
 * names who changed the plan and offers to look at their version, or to save this one over it.
 */
@Named
@ViewScoped
public class PlanEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlanService plans;

    @EJB
    private PlanFileService files;

    @EJB
    private ParticipantService participants;

    @EJB
    private LmiReviewService lmiReviews;

    @EJB
    private LmiService lmi;

    @EJB
    private CareerPathwayService pathways;

    @EJB
    private PlanReferenceService reference;

    @Inject
    private SessionUser user;

    private Long id;
    private PlanView plan;
    private ParticipantView participant;
    private PlanForm form;
    private List<LmiReviewView> lmiReviewList = List.of();
    private PlanView conflict;
    private List<SelectItem> sectorChoices;
    private List<SelectItem> trainingProgramChoices;

    /** f:viewAction: 404 for an unknown plan, 403 for another LWDA's. */
    public void load() {
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        try {
            show(plans.find(id));
            participant = participants.find(plan.participantId());
            lmiReviewList = lmiReviews.reviews(plan.participantId());
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    private void show(PlanView view) {
        plan = view;
        form = PlanForm.of(view.content());
        conflict = null;
    }

    /** After signing: the signed version is what the page shows now. */
    void signed(PlanView view) {
        show(view);
    }

    /** The Save button: saves and says so. */
    public void save() {
        if (store()) {
            Pages.info(plan.signed() ? "plan.savedSigned" : "plan.saved");
        }
    }

    /** Saves what the form holds when it differs from what is stored; true when nothing was refused. */
    public boolean store() {
        if (!mayEdit() || conflict != null) {
            return conflict == null;
        }
        PlanContent content = form.toContent(plan.kind() == PlanKind.ISS);
        if (content.equals(plan.content())) {
            return true;
        }
        try {
            int before = plan.versionNumber();
            boolean wasSigned = plan.signed();
            plan = plans.save(id, plan.versionLock(), content);
            // new schedule rows got their keys: the next save must name the same rows
            form.linked(plan.content());
            if (wasSigned && plan.versionNumber() != before) {
                Pages.info("plan.newVersion", plan.versionNumber());
            }
            return true;
        } catch (RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof ConcurrentChangeException) {
                conflict = plans.find(id);
            }
            Pages.show(e, "plan");
            return false;
        }
    }

    /** After a conflict: keep what this user typed and save it over the other version. */
    public void keepMine() {
        if (conflict == null) {
            return;
        }
        plan = conflict;
        conflict = null;
        save();
    }

    /** After a conflict: drop what this user typed and show the version saved by the other person. */
    public void takeTheirs() {
        if (conflict != null) {
            show(conflict);
            Pages.info("plan.reloaded");
        }
    }

    /** The differences between the version saved by the other person and this user's input. */
    public List<PlanDiff.Change> getConflictChanges() {
        return conflict == null
                ? List.of()
                : PlanDiff.between(conflict.content(), form.toContent(plan.kind() == PlanKind.ISS));
    }

    public boolean mayEdit() {
        return user.isMayChangeCaseData();
    }

    // rows

    public void addGoal() {
        RecordDraft<PlanContent.EmploymentGoal> goal = RecordDraft.empty(PlanContent.EmploymentGoal.class);
        goal.set("term", form.getGoals().isEmpty() ? PlanContent.Term.LONG : PlanContent.Term.SHORT);
        form.getGoals().add(goal);
    }

    public void removeGoal(RecordDraft<PlanContent.EmploymentGoal> goal) {
        form.getGoals().remove(goal);
    }

    /** Occupation suggestions for a goal: "29-1141 Registered Nurses". */
    public List<String> completeOccupation(String text) {
        return lmi.search(text, 15).stream().map(m -> m.soc() + " " + m.title()).toList();
    }

    /**
     * The occupation picked for a goal: the SOC code and title come from the LMI list. A suggestion
     * reads "29-1141 Registered Nurses"; other text takes the best match of a search.
     */
    public void occupationChosen(RecordDraft<PlanContent.EmploymentGoal> goal) {
        String typed = (String) goal.get("occupation");
        String text = typed == null ? "" : typed.strip();
        java.util.regex.Matcher suggestion = SUGGESTION.matcher(text);
        if (suggestion.matches()) {
            goal.set("soc", suggestion.group(1));
            goal.set("occupation", suggestion.group(2));
            return;
        }
        List<OccupationMatch> matches = text.isEmpty() ? List.of() : lmi.search(text, 1);
        goal.set("soc", matches.isEmpty() ? null : matches.get(0).soc());
        if (!matches.isEmpty()) {
            goal.set("occupation", matches.get(0).title());
        }
    }

    private static final java.util.regex.Pattern SUGGESTION =
            java.util.regex.Pattern.compile("(\\d{2}-\\d{4})\\s+(.+)");

    public void addObjective(String suggestion) {
        RecordDraft<PlanContent.Objective> objective = RecordDraft.empty(PlanContent.Objective.class);
        objective.set("benchmark", suggestion);
        objective.set("status", org.waypoint.service.plan.ObjectiveStatus.PLANNED);
        form.getObjectives().add(objective);
    }

    public void removeObjective(RecordDraft<PlanContent.Objective> objective) {
        form.getObjectives().remove(objective);
    }

    public void addStep() {
        form.getCareerPathway().add(new PathwayStep());
    }

    public void removeStep(PathwayStep step) {
        form.getCareerPathway().remove(step);
    }

    /**
     * Drafts the career pathway to the first goal occupation in the participant's area, from where
     * the participant stands (education and assessment), in the staff member's language; steps
     * already typed are kept and the suggestions follow them.
     */
    public void suggestPathway() {
        String soc = form.getGoals().stream()
                .map(goal -> (String) goal.get("soc"))
                .filter(s -> s != null && !s.isBlank())
                .findFirst()
                .orElse(null);
        if (soc == null) {
            Pages.error(Pages.text("plan.pathway.needGoal"));
            return;
        }
        try {
            String area = lmi.areaForParticipant(plan.participantId()).id();
            List<PathwayStep> steps = new ArrayList<>(form.getCareerPathway().stream()
                    .filter(s -> s.getText() != null && !s.getText().isBlank())
                    .toList());
            PathwayPlanText.lines(pathways.suggest(null, soc, area, plan.participantId()))
                    .forEach(text -> steps.add(PathwayStep.of(fit(text.in(Pages.locale())))));
            form.setCareerPathway(steps);
        } catch (RuntimeException e) {
            Pages.show(e, "plan");
        }
    }

    /** A step's field holds 400 characters: a very long title is cut rather than refused. */
    private static String fit(String step) {
        return step.length() <= 400 ? step : step.substring(0, 399) + "\u2026";
    }

    /** Fills the training plan from the chosen Eligible Training Provider program. */
    public void trainingProgramChosen() {
        RecordDraft<PlanContent.TrainingPlan> training = form.getTraining();
        if (training.get("programId") == null) {
            return;
        }
        TrainingProgramView program = reference.trainingProgram((Long) training.get("programId"));
        training.set("provider", program.provider());
        training.set("program", program.program());
        training.set("cipCode", program.cipCode());
        training.set("cost", program.cost());
        training.set("lengthWeeks", program.lengthWeeks());
        training.set("credential", program.credential());
        training.set("outcomes", program.outcomes());
    }

    /** The target sectors of the state plan and of the participant's LWDA (Kentucky section B). */
    public List<SelectItem> getSectorChoices() {
        if (sectorChoices == null) {
            List<SelectItem> items = new ArrayList<>();
            reference
                    .sectors(participant.lwdaId())
                    .forEach(s -> items.add(
                            new SelectItem(s.name(), s.local() ? s.name() + " (" + s.lwdaName() + ")" : s.name())));
            // a sector chosen earlier and since retired stays visible in the plan that names it
            form.getIndustrySectors().stream()
                    .filter(name -> items.stream().noneMatch(i -> name.equals(i.getValue())))
                    .forEach(name -> items.add(new SelectItem(name, name)));
            sectorChoices = items;
        }
        return sectorChoices;
    }

    /** The state's Eligible Training Provider List. */
    public List<SelectItem> getTrainingProgramChoices() {
        if (trainingProgramChoices == null) {
            trainingProgramChoices = reference.trainingPrograms(plan.state(), null).stream()
                    .map(p -> new SelectItem(p.id(), p.provider() + " — " + p.program() + " (CIP " + p.cipCode() + ")"))
                    .toList();
        }
        return trainingProgramChoices;
    }

    /** The LWDA's ITA limit, shown beside the amount; null when the LWDA sets none. */
    public java.math.BigDecimal getItaLimit() {
        return participant == null ? null : reference.itaLimit(participant.lwdaId());
    }

    /** The copy of the recent strategy another program developed, filed with the ISS. */
    public void attachCopy(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            PlanAttachment attached = files.attach(id, file.getFileName(), file.getContentType(), file.getContent());
            form.getYouth().setReuseDocumentId(attached.id());
            form.getYouth().setReuseDocumentName(attached.fileName());
            store();
        } catch (RuntimeException e) {
            Pages.show(e, "plan");
        }
    }

    // view data

    public LmiReviewView getLmiReview() {
        return form.getLmiReviewId() == null
                ? null
                : lmiReviewList.stream()
                        .filter(r -> r.id().equals(form.getLmiReviewId()))
                        .findFirst()
                        .orElse(null);
    }

    public boolean isYouth() {
        return plan != null && plan.kind() == PlanKind.ISS;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanView getPlan() {
        return plan;
    }

    public ParticipantView getParticipant() {
        return participant;
    }

    public PlanForm getForm() {
        return form;
    }

    public List<LmiReviewView> getLmiReviewList() {
        return lmiReviewList;
    }

    public PlanView getConflict() {
        return conflict;
    }
}
