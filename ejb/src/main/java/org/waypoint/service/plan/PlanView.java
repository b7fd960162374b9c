package org.waypoint.service.plan;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as its pages and the API show it: the current version's document, what is missing before
 * it may be signed, its signatures, the versions, and when it is next reviewed.
 *
 * @param versionNumber the current (latest) version
 * @param versionLock the optimistic-lock version to send back with a change
 * @param signed whether the current version is signed (a change then opens the next version)
 * @param goalDemand the official in-demand label of the goal occupation: the state or local board's
 *     list (WIOA sec. 3(23)), or that no list is loaded
 * @param schedule the service records the schedule planned, with what was delivered (issue 14):
 *     the current view shows actuals, while a version's content keeps only what was planned
 */
public record PlanView(
        long id,
        long participantId,
        String participantNumber,
        PlanKind kind,
        String state,
        int versionNumber,
        long versionLock,
        boolean signed,
        Instant signedAt,
        String changedBy,
        Instant changedAt,
        PlanContent content,
        List<MissingElement> missing,
        List<SignatureView> signatures,
        List<VersionSummary> versions,
        LocalDate reviewDue,
        ReviewSchedule.Status reviewStatus,
        List<ReviewView> reviews,
        org.waypoint.service.reference.InDemandLabel goalDemand,
        List<ScheduleLink> schedule)
        implements Serializable {

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The service record of the schedule row with this key; null for a row without one. */
    public ScheduleLink link(String key) {
        return schedule.stream().filter(l -> l.key().equals(key)).findFirst().orElse(null);
    }

    /** Services delivered under the plan whose rows were taken out of it later. */
    public List<ScheduleLink> deliveredOutsidePlan() {
        return schedule.stream().filter(l -> !l.inPlan()).toList();
    }

    /** A recorded signature. */
    public record SignatureView(
            String role, String name, String method, boolean consent, Instant signedAt, String recordedBy)
            implements Serializable {}

    /** A recorded review, newest first in {@link #reviews()}. */
    public record ReviewView(
            LocalDate reviewedOn,
            int versionNumber,
            String progress,
            String changes,
            List<ReviewInput.ObjectiveProgress> objectives,
            String reviewedBy,
            Instant recordedAt)
            implements Serializable {}

    /** One version in the history. */
    public record VersionSummary(int number, String status, String changedBy, Instant changedAt, Instant signedAt)
            implements Serializable {}
}
