package org.waypoint.tools.participant;

import java.util.List;
import org.waypoint.service.plan.ObjectiveStatus;

/**
 * The sentences of synthetic plans' text fields and of their reviews, as a case manager would write
 * them ({@link SyntheticPlanActivities} has the schedule's activities and the objectives).
 * {job} stands for the goal occupation as staff say it, {a job} for it with its article, {name} for
 * the participant's first name.
 */
final class SyntheticPlanVocabulary {

    static final List<String> GOAL_JUSTIFICATIONS = List.of(
            "In demand in the region; pays above the self-sufficiency wage.",
            "Fits the interest profiler results and past experience.",
            "A short credential leads to {job} jobs.",
            "Local employers hire {job}s full time with benefits.");

    static final List<String> STRENGTHS = List.of(
            "Reliable and punctual; kept every appointment during intake.",
            "Steady work history in retail and food service.",
            "Good with people; prior customer service experience.",
            "Comfortable with computers and online applications.",
            "Mechanical aptitude; has repaired cars and small engines.",
            "Motivated to finish a credential quickly.",
            "Supportive family who can help during training.",
            "Works well on a team; volunteers in the community.",
            "Valid driver's license and a clean driving record.");

    static final List<String> GOALS_AND_CHALLENGES = List.of(
            "Wants to work as {a job}; needs a credential first.",
            "Wants full-time work as {a job}; new to the field.",
            "Wants day-shift work as {a job}; also works part time.",
            "Wants a career instead of temporary jobs; unsure how to start.");

    static final List<String> STRESSORS = List.of(
            "No reliable car; relies on rides from family.",
            "Behind on bills since the last job ended.",
            "Caring for a parent with health problems.",
            "Limited phone minutes and no internet at home.",
            "No major stressors reported at intake.");

    static final List<String> PRE_EMPLOYMENT = List.of(
            "Interview practice and a current resume.",
            "Work maturity: attendance and punctuality expectations.",
            "None: has a current resume and interviews well.");

    static final List<String> SUPPORTIVE_NEEDS = List.of(
            "Transportation to program activities and work.",
            "Work boots and tools for the first job.",
            "None identified at this time.");

    static final List<String> PROVIDER_INFORMATION = List.of(
            "Reviewed ETPL providers for {job} training: costs, completion rates.",
            "Compared {job} programs at the community college and a private school.",
            "Discussed work experience sites in the sector.");

    static final List<String> FOLLOW_UP_PLANS = List.of(
            "Monthly contact for three months after hire, then quarterly.",
            "Phone and text follow-up for twelve months after exit.",
            "Check-ins 30, 90 and 180 days after placement.");

    static final List<String> CAREER_PLANNING = List.of(
            "Interest profiler results fit {job} work.",
            "Visited the community college and met the program advisor.",
            "Job shadowed {a job} at a local employer.");

    static final List<String> YOUTH_FOLLOW_UP = List.of(
            "Monthly contact for a year after exit; mentoring as needed.",
            "Quarterly check-ins with school or employer for a year.");

    static final List<String> EVIDENCE_MET =
            List.of("Verified by staff; copy on file.", "Confirmed with the provider.", "Documents brought in.");

    static final List<String> EVIDENCE_NOT_MET =
            List.of("Not finished by the target date.", "Stopped attending; discussed at review.");

    static final List<String> EVIDENCE_DROPPED = List.of("Changed goals.", "Replaced at the review.");

    static final List<String> REVIEW_PROGRESS = List.of(
            "Reviewed the plan with {name}; on track with the objectives.",
            "{name} finished the workshop and is applying for jobs.",
            "Progress is slower than planned because of transportation; discussed options with {name}.",
            "Attendance is good and {name} expects to finish on schedule.",
            "{name} missed two appointments; agreed on a new contact schedule.");

    static final List<String> REVIEW_CHANGES = List.of(
            "Added a supportive service for transportation.",
            "Moved the target date of the credential by a month.",
            "Added an objective for the job search after training.");

    private SyntheticPlanVocabulary() {}

    /** Staff's note on one objective in a review. */
    static String objectiveNote(ObjectiveStatus status, boolean behind) {
        return switch (status) {
            case PLANNED -> "Not started yet.";
            case IN_PROGRESS -> behind ? "Behind schedule; new steps agreed." : "On track.";
            case MET -> "Done; verified by staff.";
            case NOT_MET -> "Not met by the target date.";
            case DROPPED -> "No longer part of the plan.";
        };
    }
}
