/**
 * Program exit (20 CFR 677.150(c)): when a period of participation ends, decided from the services
 * delivered and planned. {@link org.waypoint.service.exit.ExitRule} is the rule as plain Java; the
 * job that applies it to the database, and the manual exit, come with the service records.
 */
package org.waypoint.service.exit;
