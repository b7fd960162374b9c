/**
 * Synthetic participants: made-up career seekers written with JDBC into a Waypoint database, to try
 * searches, caseloads and reports at the size of a real state (README, "Synthetic data"). A
 * developer's and benchmark's tool; not part of the EAR.
 */
package org.waypoint.tools.participant;
