/** What every page shares: messages, error handling, security headers and cookie settings. */
package org.waypoint.web.common;
