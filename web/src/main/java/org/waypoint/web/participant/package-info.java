/** Participant pages: the lazy list, registration and the participant page. */
package org.waypoint.web.participant;
