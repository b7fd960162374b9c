/** Career seekers (participants): identity, LWDA and assignment. Issue 3 adds the rest of the record. */
package org.waypoint.persistence.participant;
