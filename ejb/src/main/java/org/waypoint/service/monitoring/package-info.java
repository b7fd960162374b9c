/**
 * Compliance monitoring (issue 17): the reproducible sample of case files ({@link
 * org.waypoint.service.monitoring.SampleDraw}), the checklist of each file built from the state's
 * policy and the federal rules ({@link org.waypoint.service.monitoring.ChecklistRules}), the
 * findings as corrective actions for the LWDA admin, and the review's PDF.
 */
package org.waypoint.service.monitoring;
