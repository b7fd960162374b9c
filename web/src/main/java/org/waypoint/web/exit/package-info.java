/**
 * Program exit in the pages and the API (20 CFR 677.150(c)): the "Exit approaching" list, the exit
 * and planned-gap dialogs of the participant's enrollments tab, and the exit job run by a state admin.
 */
package org.waypoint.web.exit;
