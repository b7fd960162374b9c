package org.waypoint.service.participant;

import org.waypoint.service.platform.WaypointSettings;

/**
 * Whom staff contact about a person registered in another LWDA (issue 18): the state help desk,
 * which may see every LWDA. A server setting ({@code WAYPOINT_HELP_DESK}), as every LWDA of the
 * installation shares the one state help desk.
 */
public final class HelpDesk {

    private HelpDesk() {}

    public static String contact() {
        return WaypointSettings.get("waypoint.help-desk", "the state Waypoint help desk");
    }
}
