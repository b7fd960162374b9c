/** Administration pages: staff accounts and reference data. */
package org.waypoint.web.admin;
