/**
 * Supportive services (20 CFR 680.900-680.910): requests with their documented need, the local
 * area's per-participant limits, and the LWDA admin's decision on a request above them (issue 14).
 */
package org.waypoint.persistence.supportive;
