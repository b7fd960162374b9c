package org.waypoint.service.participant;

import org.waypoint.service.common.Text;
import org.waypoint.service.platform.WaypointSettings;

/**
 * Whom staff contact about a person registered in another LWDA (issue 18): the state help desk,
 * which may see every LWDA. A server setting ({@code WAYPOINT_HELP_DESK}), as every LWDA of the
 * installation shares the one state help desk.
 */
public final class HelpDesk {

    private HelpDesk() {}

    private static final String DEFAULT = "the state Waypoint help desk";

    public static String contact() {
        return WaypointSettings.get("waypoint.help-desk", DEFAULT);
    }

    /** The contact in the reader's language: the setting as written, or the default's words. */
    public static Text text() {
        String contact = contact();
        return DEFAULT.equals(contact) ? Text.of("participant.helpDesk") : Text.literal(contact);
    }
}
