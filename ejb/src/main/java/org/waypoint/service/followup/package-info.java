/**
 * Follow-up after exit (issue 15): which exits open a period ({@link
 * org.waypoint.service.followup.FollowUpRules}), the periods opened with the exit (staff exits,
 * the daily exit job's set-based SQL, the demo), and the contacts and follow-up services staff
 * record against them ({@link org.waypoint.service.followup.FollowUpService}).
 */
package org.waypoint.service.followup;
