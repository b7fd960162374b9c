/**
 * Compliance monitoring (issue 17): a monitor's review of an LWDA's plans, its random sample of case
 * files, each file's checklist items, and the findings that become corrective actions for the LWDA
 * admin. Schema: V28__monitoring.sql.
 */
package org.waypoint.persistence.monitoring;
