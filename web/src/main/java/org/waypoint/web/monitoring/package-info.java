/**
 * Monitoring pages and API (issue 17): monitoring/index.xhtml (the reviews, a new review, the LWDA's
 * findings), monitoring/review.xhtml (the sampled files, their checklists and findings), the review's
 * PDF and {@code /api/v1/monitoring}.
 */
package org.waypoint.web.monitoring;
