/**
 * The WIOA section 116 primary indicators of performance (issue 16; 20 CFR 677.155(a); TEGL 10-16,
 * Change 1): employment in the 2nd and 4th quarter after exit, median earnings in the 2nd quarter,
 * credential attainment and measurable skill gains. {@link org.waypoint.service.reporting.indicators.IndicatorRules}
 * says who is in each cohort and who counts as a success, as plain Java; {@link
 * org.waypoint.service.reporting.indicators.IndicatorSql} says the same as set-based SQL (H2 and
 * PostgreSQL) that the service runs over the whole state, by program, LWDA, office and case manager,
 * and without the aggregate for the participants behind a figure.
 */
package org.waypoint.service.reporting.indicators;
