/**
 * Training pages and API (issue 14): participants/training.xhtml with the ITA's payments against the
 * local cap, and the REST resources that bind the same input records.
 */
package org.waypoint.web.training;
