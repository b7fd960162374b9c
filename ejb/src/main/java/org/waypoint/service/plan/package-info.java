/**
 * The plan machinery shared by the Individual Employment Plan (IEP, 20 CFR 680.170) and the youth
 * Individual Service Strategy (ISS, 20 CFR 681.420): one document model ({@link
 * org.waypoint.service.plan.PlanContent}), the state policies that decide which elements a plan
 * must have ({@link org.waypoint.service.plan.PlanPolicy}), the completeness check a plan passes
 * before it may be signed ({@link org.waypoint.service.plan.PlanCompleteness}) and the review
 * schedule ({@link org.waypoint.service.plan.ReviewSchedule}). Plain Java, tested case by case.
 */
package org.waypoint.service.plan;
