/**
 * Administration pages: staff accounts, reference data, and what a plan picks from (target sectors,
 * the Eligible Training Provider List, ITA limits).
 */
package org.waypoint.web.admin;
