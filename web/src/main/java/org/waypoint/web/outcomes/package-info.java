/**
 * Outcomes (issue 15) on the web: the Outcomes tab of the participant page, the pages that record
 * and void a credential or a skill gain, and their REST resources under /api/v1.
 */
package org.waypoint.web.outcomes;
