/**
 * Labour-market information pages: the occupation profile for a career seeker's area with its
 * charts and printable report (lmi/occupation.xhtml), the plan's LMI section (lmi/review.xhtml) and
 * the state administrator's imports of the published files (admin/lmi-imports.xhtml).
 */
package org.waypoint.web.lmi;
