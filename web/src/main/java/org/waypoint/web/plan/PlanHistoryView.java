package org.waypoint.web.plan;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.participant.CaseNoteService;
import org.waypoint.service.participant.CaseNoteView;
import org.waypoint.service.plan.ObjectiveStatus;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanDiff;
import org.waypoint.service.plan.PlanService;
import org.waypoint.service.plan.PlanView;
import org.waypoint.service.plan.ReviewInput;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * plans/history.xhtml: the versions of a plan, who changed each and when, the difference between
 * any two of them, the reviews (Kentucky: at least every 90 days) with progress objective by
 * objective, and the case notes that point to a version.
 */
@Named
@ViewScoped
public class PlanHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlanService plans;

    @EJB
    private CaseNoteService notes;

    private Long id;
    private Integer version;
    private PlanView plan;
    private int from;
    private int to;
    private List<PlanDiff.Change> changes = List.of();
    private List<CaseNoteView> planNotes = List.of();

    private RecordDraft<ReviewInput> review = newReview();
    private List<RecordDraft<ReviewInput.ObjectiveProgress>> objectives = new ArrayList<>();

    public void load() {
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        try {
            show(plans.find(id));
            to = version != null ? version : plan.versionNumber();
            from = Math.max(1, to - 1);
            compare();
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    private void show(PlanView view) {
        plan = view;
        planNotes = notes.notes(plan.participantId(), null).stream()
                .filter(n -> plan.id() == (n.planId() == null ? -1 : n.planId()))
                .toList();
        objectives = new ArrayList<>();
        PlanView.VersionSummary signed = plan.versions().stream()
                .filter(v -> v.signedAt() != null)
                .findFirst()
                .orElse(null);
        if (signed != null) {
            List<PlanContent.Objective> list =
                    plans.version(plan.id(), signed.number()).objectives();
            for (int i = 0; i < list.size(); i++) {
                PlanContent.Objective objective = list.get(i);
                objectives.add(RecordDraft.of(new ReviewInput.ObjectiveProgress(
                        i + 1,
                        objective.benchmark(),
                        objective.status() == null ? ObjectiveStatus.IN_PROGRESS : objective.status(),
                        null)));
            }
        }
    }

    /** The changes from version {@code from} to version {@code to}. */
    public void compare() {
        try {
            changes = from == to ? List.of() : PlanDiff.between(plans.version(id, from), plans.version(id, to));
        } catch (RuntimeException e) {
            Pages.show(e, "compare");
        }
    }

    public void review() {
        try {
            review.set(
                    "objectives", objectives.stream().map(RecordDraft::toRecord).toList());
            show(plans.review(id, review.toRecord()));
            review = newReview();
            Pages.info("plan.review.saved");
        } catch (RuntimeException e) {
            Pages.show(e, "review");
        }
    }

    public boolean isSigned() {
        return !objectives.isEmpty() || plan.versions().stream().anyMatch(v -> v.signedAt() != null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public PlanView getPlan() {
        return plan;
    }

    public int getFrom() {
        return from;
    }

    public void setFrom(int from) {
        this.from = from;
    }

    public int getTo() {
        return to;
    }

    public void setTo(int to) {
        this.to = to;
    }

    public List<PlanDiff.Change> getChanges() {
        return changes;
    }

    public List<CaseNoteView> getPlanNotes() {
        return planNotes;
    }

    /** The review being recorded: its date (today unless changed), progress and changes agreed. */
    public RecordDraft<ReviewInput> getReview() {
        return review;
    }

    private static RecordDraft<ReviewInput> newReview() {
        RecordDraft<ReviewInput> draft = RecordDraft.empty(ReviewInput.class);
        draft.set("reviewedOn", LocalDate.now());
        return draft;
    }

    /** The objectives of the signed version, each with the progress this review records on it. */
    public List<RecordDraft<ReviewInput.ObjectiveProgress>> getObjectives() {
        return objectives;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
