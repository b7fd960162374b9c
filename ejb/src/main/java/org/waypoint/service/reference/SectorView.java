package org.waypoint.service.reference;

import org.waypoint.persistence.reference.IndustrySector;

/**
 * A target industry sector as plans and pages show it.
 *
 * @param lwdaId null for a sector of the state plan
 * @param local whether it comes from the LWDA's local or regional plan rather than the state plan
 * @param versionLock the optimistic-lock version to send back with a change
 */
public record SectorView(
        Long id,
        String stateCode,
        Long lwdaId,
        String lwdaName,
        String name,
        String description,
        boolean local,
        boolean active,
        long versionLock)
        implements java.io.Serializable {

    static SectorView of(IndustrySector s) {
        return new SectorView(
                s.getId(),
                s.getState().getCode(),
                s.isLocal() ? s.getLwda().getId() : null,
                s.isLocal() ? s.getLwda().getName() : null,
                s.getName(),
                s.getDescription(),
                s.isLocal(),
                s.isActive(),
                s.getVersion());
    }
}
