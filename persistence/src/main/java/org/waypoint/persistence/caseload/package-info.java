/**
 * Caseloads (issue 17): transfers of a participant between LWDAs. Reassignment within an LWDA
 * changes the participant's own case manager and office. Schema: V27__participant_transfer.sql.
 */
package org.waypoint.persistence.caseload;
