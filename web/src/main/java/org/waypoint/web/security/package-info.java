/** Sign-in for pages and the REST API: one authentication mechanism and the database identity store. */
package org.waypoint.web.security;
