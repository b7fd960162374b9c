package org.waypoint.service.reference;

import jakarta.validation.constraints.Size;

/**
 * One occupation of an official in-demand list as an admin enters it (WIOA sec. 3(23): the state or
 * local board decides which occupations are in demand; Waypoint keeps their lists).
 *
 * @param stateCode the state of the state board's list; for a local list it may be left out
 * @param lwdaId the LWDA whose local board published the list, or null for the state board's
 * @param soc the 2018 SOC code: 31-9091, 319091 and O*NET's 31-9091.00 are taken alike
 * @param source where the board published it, e.g. "Bluegrass local plan 2024-2027"
 */
public record InDemandInput(
        @Size(max = 2) String stateCode,
        Long lwdaId,
        @Size(max = 7) String soc,
        @Size(max = 200) String title,
        @Size(max = 200) String source)
        implements java.io.Serializable {}
