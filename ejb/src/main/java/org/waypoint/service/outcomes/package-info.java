/**
 * Outcomes (issue 15): recording and voiding a participant's credentials and measurable skill gains
 * within the caller's local area, with the dates the performance indicators accept (20 CFR
 * 677.155(a)(1)(iv) and (v); TEGL 10-16, Change 1) checked by plain rules.
 */
package org.waypoint.service.outcomes;
