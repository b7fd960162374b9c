/**
 * Supportive services (20 CFR 680.900-680.910; issue 14): requests with their documented need,
 * approved at once within the LWDA's per-participant limits, otherwise decided by an admin of that
 * LWDA with a reason; and the limits themselves, which each LWDA's admin sets.
 */
package org.waypoint.service.supportive;
