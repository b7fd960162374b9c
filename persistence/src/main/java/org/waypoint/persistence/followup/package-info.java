/**
 * Follow-up after exit (20 CFR 680.150, 681.580; Georgia 3.3.1 I.E; Kentucky 24-003): a period per
 * exited enrollment that has one, and the contacts recorded against it by quarter after exit.
 * Schema: V20__follow_up.sql, which other features query as it is.
 */
package org.waypoint.persistence.followup;
