package org.waypoint.service.reference;

import java.io.Serializable;

/**
 * A state's settings as its state admin keeps them (Administration > Reference data and PUT
 * /reference/states/{code}).
 *
 * @param planReviewIntervalDays how often plans are reviewed (Kentucky 24-003: at least every 90
 *     days); null: the state sets no interval
 * @param assessmentMaxAgeMonths how old an objective assessment may be for a youth ISS
 * @param strategyMaxAgeMonths how recent another program's service strategy must be for an ISS to
 *     use it (20 CFR 681.420(a)(4)); null keeps the current setting
 * @param compulsorySchoolAge the age at which compulsory school attendance ends under State law
 *     (Kentucky 18, Georgia 16; 20 CFR 681.210(c)(2)); null keeps the current setting
 * @param commonExit one exit for all co-enrolled programs (TEGL 10-16, Change 1); null keeps the setting
 * @param plannedGapsAllowed whether a documented planned gap in service holds the exit clock; null keeps it
 * @param trainingRequiresSignedPlan training cannot start before the plan is signed (Kentucky
 *     24-003); null keeps the setting
 * @param adultFollowUp which Adult and Dislocated Worker exiters get follow-up (20 CFR 680.150;
 *     Georgia 3.3.1 I.E: those employed); null keeps the setting
 * @param timeZone the IANA zone the state's pages and printed plans show times in (e.g.
 *     America/New_York); an office may override it; null keeps the setting
 * @param version the version the admin loaded; null skips the check (older API clients)
 */
public record StatePolicyInput(
        Integer planReviewIntervalDays,
        Integer assessmentMaxAgeMonths,
        Integer strategyMaxAgeMonths,
        Integer compulsorySchoolAge,
        Boolean commonExit,
        Boolean plannedGapsAllowed,
        Boolean trainingRequiresSignedPlan,
        org.waypoint.persistence.reference.AdultFollowUp adultFollowUp,
        String timeZone,
        Long version)
        implements Serializable {}
