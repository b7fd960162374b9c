package org.waypoint.service.reference;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.waypoint.service.common.Text;

/**
 * Which time zone an agency's times show in: the office's own zone when it has one, else its
 * state's, else Eastern time. Kentucky is split (KRS 2.100 and 15 U.S.C. 261: the western counties
 * keep Central time), so a state's zone alone would put a Paducah signing an hour off; the office
 * carries the exception. Plain Java: the rule is unit-tested case by case.
 */
public final class AgencyZone {

    /** Kentucky's and Georgia's zone, and the zone of a staff member with no state (a state admin). */
    public static final ZoneId DEFAULT = ZoneId.of("America/New_York");

    private AgencyZone() {}

    /** The office's zone, else the state's, else {@link #DEFAULT}; an unreadable id is skipped. */
    public static ZoneId resolve(String officeZone, String stateZone) {
        return parse(officeZone).or(() -> parse(stateZone)).orElse(DEFAULT);
    }

    /**
     * Why {@code zoneId} is not a time zone an admin may set, or empty when it is. Only region ids
     * ("America/Chicago"): an offset or an abbreviation ("CST") would not follow daylight saving time.
     */
    public static Optional<Text> problem(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return Optional.of(Text.of("reference.zone.missing"));
        }
        String id = zoneId.strip();
        if (!id.contains("/") || ZoneId.SHORT_IDS.containsKey(id) || parse(id).isEmpty()) {
            return Optional.of(Text.of("reference.zone.invalid", id));
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> parse(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zoneId.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
