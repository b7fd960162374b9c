/**
 * Follow-up after exit on the web: the participant's Follow-up tab, the contact page
 * (participants/follow-up-contact.xhtml) and the REST resources under /api/v1.
 */
package org.waypoint.web.followup;
