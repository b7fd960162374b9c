/**
 * The quarterly PIRL file (DOL ETA-9172 participant records; issue 16): the public-use record
 * layout read from its published CSV ({@link org.waypoint.service.reporting.pirl.PirlLayout}), one
 * record per period of participation derived from Waypoint's records
 * ({@link org.waypoint.service.reporting.pirl.PirlRecordBuilder}), the checks before release in the
 * three WIPS families ({@link org.waypoint.service.reporting.pirl.PirlChecks},
 * {@link org.waypoint.service.reporting.pirl.PirlRules}), and the Jakarta Batch job that streams
 * them into a file with restartable checkpoints
 * ({@link org.waypoint.service.reporting.pirl.PirlRunService}).
 */
package org.waypoint.service.reporting.pirl;
