/**
 * WIOA Title I eligibility as plain Java: who may be served as an Adult, a Dislocated Worker, an
 * out-of-school or an in-school youth (20 CFR 680.120, 680.130, 681.210, 681.220), who is
 * low-income (WIOA sec. 3(36), 20 CFR 681.250), and the Adult priority-of-service group.
 *
 * <p>No container, no persistence: {@link org.waypoint.service.eligibility.EligibilityRules} takes
 * the recorded {@link org.waypoint.service.eligibility.EligibilityFacts} and the administrator's
 * {@link org.waypoint.service.eligibility.IncomeThresholds} and answers, criterion by criterion, in
 * sentences a case manager and a monitor can read. Services in other packages load the facts and
 * store the answer.
 */
package org.waypoint.service.eligibility;
