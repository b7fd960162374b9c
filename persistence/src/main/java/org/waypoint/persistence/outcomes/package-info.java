/**
 * Outcomes (issue 15): the recognized credentials and measurable skill gains a participant attains,
 * each recorded against one program enrollment with its date and evidence. The credential
 * attainment and measurable skill gains indicators (20 CFR 677.155(a)(1)(iv) and (v)) and PIRL
 * 1800-1810 are computed from these records; they are voided, never deleted.
 */
package org.waypoint.persistence.outcomes;
