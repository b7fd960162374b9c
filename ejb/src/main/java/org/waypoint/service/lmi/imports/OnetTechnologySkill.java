package org.waypoint.service.lmi.imports;

import java.io.Serializable;

/**
 * Software or technology used in the occupation, from "Technology Skills.txt", with O*NET's flags.
 *
 * @param hotTechnology O*NET's Hot Technology: frequently named in employers' job postings
 * @param inDemand O*NET's In Demand: frequently named in this occupation's job postings
 */
public record OnetTechnologySkill(
        String onetSocCode,
        String example,
        String commodityCode,
        String commodityTitle,
        boolean hotTechnology,
        boolean inDemand)
        implements Serializable {}
