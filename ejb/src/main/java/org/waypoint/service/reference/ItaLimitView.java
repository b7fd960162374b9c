package org.waypoint.service.reference;

import java.math.BigDecimal;
import org.waypoint.persistence.reference.Lwda;

/**
 * An LWDA's Individual Training Account cap (20 CFR 680.310).
 *
 * @param itaLimit in dollars; null where the local board sets none
 * @param versionLock the LWDA's optimistic-lock version, to send back with a change
 */
public record ItaLimitView(Long lwdaId, String stateCode, String lwdaName, BigDecimal itaLimit, long versionLock)
        implements java.io.Serializable {

    static ItaLimitView of(Lwda l) {
        return new ItaLimitView(l.getId(), l.getState().getCode(), l.getName(), l.getItaLimit(), l.getVersion());
    }
}
