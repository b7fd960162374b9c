/** Participant registration and lookup, scoped to the caller's LWDA. */
package org.waypoint.service.participant;
