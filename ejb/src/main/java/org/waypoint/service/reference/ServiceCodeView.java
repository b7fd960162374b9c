package org.waypoint.service.reference;

import java.util.List;
import java.util.Set;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.reference.ServiceCode;

/**
 * One activity code of a state's service catalog, as the pages and the API show it.
 *
 * @param youthElement the youth program element number (20 CFR 681.460(a)), or null
 * @param versionLock the optimistic-lock version to send back with a change
 */
public record ServiceCodeView(
        Long id,
        String stateCode,
        String code,
        String name,
        ServiceCategory category,
        Integer youthElement,
        Set<Program> programs,
        boolean participationLevel,
        boolean keepsExitClock,
        List<Integer> pirlElements,
        boolean active,
        long versionLock)
        implements java.io.Serializable {

    static ServiceCodeView of(ServiceCode s) {
        return new ServiceCodeView(
                s.getId(),
                s.getState().getCode(),
                s.getCode(),
                s.getName(),
                s.getCategory(),
                s.getYouthElement(),
                s.getPrograms(),
                s.isParticipationLevel(),
                s.isKeepsExitClock(),
                s.getPirlElements(),
                s.isActive(),
                s.getVersion());
    }
}
