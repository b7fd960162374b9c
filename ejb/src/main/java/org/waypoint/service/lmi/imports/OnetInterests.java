package org.waypoint.service.lmi.imports;

import java.math.BigDecimal;

/**
 * An occupation's work-interest profile from "Interests.txt": the six RIASEC occupational-interest
 * scores (scale OI, 1 to 7) and its high-point code, the first to third interest high-points as
 * letters ("CRS" for Dental Assistants: Conventional, Realistic, Social).
 *
 * @param highPoints one to three of the letters R, I, A, S, E, C, strongest first
 */
public record OnetInterests(
        String onetSocCode,
        BigDecimal realistic,
        BigDecimal investigative,
        BigDecimal artistic,
        BigDecimal social,
        BigDecimal enterprising,
        BigDecimal conventional,
        String highPoints) {

    /** The RIASEC letters in O*NET's order; the high-point values 1 to 6 index them. */
    public static final String LETTERS = "RIASEC";
}
