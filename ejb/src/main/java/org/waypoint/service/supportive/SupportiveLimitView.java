package org.waypoint.service.supportive;

import java.math.BigDecimal;
import org.waypoint.persistence.supportive.SupportiveLimit;

/**
 * One of an LWDA's supportive-service limits, as the pages and the API show it.
 *
 * @param serviceCode null for the limit on all supportive services together
 * @param version the optimistic-lock version to send back with a change
 */
public record SupportiveLimitView(
        Long id, Long lwdaId, String serviceCode, String serviceName, BigDecimal annualAmount, Long version)
        implements java.io.Serializable {

    static SupportiveLimitView of(SupportiveLimit l) {
        var code = l.getServiceCode();
        return new SupportiveLimitView(
                l.getId(),
                l.getLwda().getId(),
                code == null ? null : code.getCode(),
                code == null ? null : code.getName(),
                l.getAnnualAmount(),
                l.getVersion());
    }
}
