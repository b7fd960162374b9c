/**
 * Reference data, its administration pages and its REST resources: LWDAs, offices, counties, state
 * plan policy, and what a plan picks from (target industry sectors, the Eligible Training Provider
 * List, ITA limits).
 */
package org.waypoint.web.reference;
