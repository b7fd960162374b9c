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

    private LocalDate reviewedOn = LocalDate.now();
    private String progress;
    private String reviewChanges;
    private List<ObjectiveRow> objectives = new ArrayList<>();

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
                objectives.add(new ObjectiveRow(i + 1, list.get(i)));
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
            List<ReviewInput.ObjectiveProgress> progressList = objectives.stream()
                    .map(o -> new ReviewInput.ObjectiveProgress(o.number, o.benchmark, o.status, o.note))
                    .toList();
            show(plans.review(id, new ReviewInput(reviewedOn, progress, reviewChanges, progressList)));
            progress = null;
            reviewChanges = null;
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

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getReviewChanges() {
        return reviewChanges;
    }

    public void setReviewChanges(String reviewChanges) {
        this.reviewChanges = reviewChanges;
    }

    public List<ObjectiveRow> getObjectives() {
        return objectives;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    /** One objective of the reviewed version, with the progress the review records on it. */
    public static class ObjectiveRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int number;
        private final String benchmark;
        private ObjectiveStatus status;
        private String note;

        ObjectiveRow(int number, PlanContent.Objective objective) {
            this.number = number;
            this.benchmark = objective.benchmark();
            this.status = objective.status() == null ? ObjectiveStatus.IN_PROGRESS : objective.status();
        }

        public int getNumber() {
            return number;
        }

        public String getBenchmark() {
            return benchmark;
        }

        public ObjectiveStatus getStatus() {
            return status;
        }

        public void setStatus(ObjectiveStatus status) {
            this.status = status;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
