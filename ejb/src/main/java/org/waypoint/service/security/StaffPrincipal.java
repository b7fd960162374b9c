package org.waypoint.service.security;

import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;

/** Who is calling: the account, its role and, for LWDA-bound roles, its LWDA. */
public record StaffPrincipal(
        Long accountId, String username, String displayName, Role role, Long lwdaId, String lwdaName, String stateCode)
        implements java.io.Serializable {

    public static StaffPrincipal of(StaffAccount account) {
        Lwda lwda = account.getLwda();
        return new StaffPrincipal(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                lwda == null ? null : lwda.getId(),
                lwda == null ? null : lwda.getName(),
                lwda == null ? null : lwda.getState().getCode());
    }

    /** Whether this caller may see records of the given LWDA. */
    public boolean canRead(Long recordLwdaId) {
        return !role.isBoundToLwda() || (lwdaId != null && lwdaId.equals(recordLwdaId));
    }

    /** Whether this caller may change records of the given LWDA (monitors change nothing). */
    public boolean canWrite(Long recordLwdaId) {
        return role != Role.MONITOR && canRead(recordLwdaId);
    }
}
