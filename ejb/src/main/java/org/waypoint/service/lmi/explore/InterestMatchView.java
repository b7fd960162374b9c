package org.waypoint.service.lmi.explore;

import java.io.Serializable;
import java.math.BigDecimal;
import org.waypoint.service.lmi.InDemand;
import org.waypoint.service.reference.InDemandLabel;

/**
 * One occupation that suits the participant's interests, with the area's figures as the occupation
 * profile has them. A figure the source does not publish is null, never 0.
 *
 * @param onetSocCode the O*NET occupation whose interests matched, e.g. "31-9091.00"
 * @param highPoints the occupation's interest code from O*NET, e.g. "CRS"
 * @param agreement how well the codes agree, 1 to 14 ({@link InterestMatcher})
 * @param correlation of the participant's six scores with the occupation's, two decimals; null when
 *     only the code was given
 * @param signal Waypoint's growth-and-openings signal (not the official label)
 * @param officialInDemand the boards' label (WIOA sec. 3(23)); null when no LWDA's board speaks for
 *     the area (the nation, a state asked for by someone outside its LWDAs)
 */
public record InterestMatchView(
        String soc,
        String onetSocCode,
        String title,
        String highPoints,
        int jobZone,
        int agreement,
        BigDecimal correlation,
        String areaId,
        Integer medianAnnualWage,
        BigDecimal medianHourlyWage,
        Integer annualOpenings,
        BigDecimal percentChange,
        InDemand signal,
        InDemandLabel officialInDemand)
        implements Serializable {}
