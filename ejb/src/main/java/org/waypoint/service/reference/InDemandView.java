package org.waypoint.service.reference;

import org.waypoint.persistence.reference.InDemandOccupation;

/**
 * One occupation of an official in-demand list as the admin page and the API show it.
 *
 * @param lwdaId null for the state board's list
 * @param versionLock the optimistic-lock version to send back with a removal
 */
public record InDemandView(
        Long id,
        String stateCode,
        Long lwdaId,
        String lwdaName,
        String soc,
        String title,
        String source,
        long versionLock)
        implements java.io.Serializable {

    static InDemandView of(InDemandOccupation o) {
        return new InDemandView(
                o.getId(),
                o.getState().getCode(),
                o.isLocal() ? o.getLwda().getId() : null,
                o.isLocal() ? o.getLwda().getName() : null,
                o.getSoc(),
                o.getTitle(),
                o.getSource(),
                o.getVersion());
    }
}
