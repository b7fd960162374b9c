/** Reference data services: policy profiles, LWDAs, counties, ZIP resolution and offices. */
package org.waypoint.service.reference;
