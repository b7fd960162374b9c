/** The platform as the outside sees it: the health resource that load balancers and monitors call. */
package org.waypoint.web.platform;
