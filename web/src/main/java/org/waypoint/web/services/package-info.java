/**
 * Services delivered (issue 14) on the web: a participant's Services tab, the service page, quick
 * entry of several services at once, and the services API.
 */
package org.waypoint.web.services;
