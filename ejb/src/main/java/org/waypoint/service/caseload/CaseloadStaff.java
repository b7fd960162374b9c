package org.waypoint.service.caseload;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Resolves what a caseload request names, each refusal a 400 on the field that named it: a case
 * manager (user name or id; enabled, of the LWDA), an office of the LWDA, and the LWDA an admin
 * works on (an LWDA admin only their own: another is refused as another LWDA's records are).
 */
final class CaseloadStaff {

    private CaseloadStaff() {}

    /** The LWDA the caller works on: an LWDA admin's own (or 403 for another); a state admin's choice. */
    static Lwda lwda(EntityManager em, StaffPrincipal caller, Long lwdaId) {
        if (caller.role().isBoundToLwda()) {
            if (lwdaId != null && !lwdaId.equals(caller.lwdaId())) {
                throw new AccessDeniedException(Text.of("caseload.otherLwda"));
            }
            return em.find(Lwda.class, caller.lwdaId());
        }
        if (lwdaId == null) {
            throw InvalidInputException.of("lwdaId", Text.of("caseload.chooseLwda"));
        }
        Lwda lwda = em.find(Lwda.class, lwdaId);
        if (lwda == null) {
            throw InvalidInputException.of("lwdaId", Text.of("caseload.noLwda", lwdaId));
        }
        return lwda;
    }

    /** An enabled case manager by user name (or, when none is given, by id) of {@code lwdaId}, if given. */
    static StaffAccount caseManager(EntityManager em, String username, Long id, String field, Long lwdaId) {
        StaffAccount account;
        String shown;
        if (username != null && !username.isBlank()) {
            shown = username.trim().toLowerCase(Locale.ROOT);
            account = em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                    .setParameter("username", shown)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
        } else if (id != null) {
            field = field + "Id";
            shown = String.valueOf(id);
            account = em.find(StaffAccount.class, id);
        } else {
            throw InvalidInputException.of(field, Text.of("caseload.chooseCaseManager"));
        }
        if (account == null || account.getRole() != Role.CASE_MANAGER) {
            throw InvalidInputException.of(field, Text.of("caseload.noCaseManager", shown));
        }
        if (!account.isEnabled()) {
            throw InvalidInputException.of(field, Text.of("caseload.accountDisabled", shown));
        }
        if (lwdaId != null && !account.getLwda().getId().equals(lwdaId)) {
            throw InvalidInputException.of(field, Text.of("caseload.caseManagerOtherLwda", shown));
        }
        return account;
    }

    /** The office {@code officeId} of {@code lwdaId}, or null when none is asked for. */
    static Office office(EntityManager em, Long officeId, long lwdaId) {
        if (officeId == null) {
            return null;
        }
        Office office = em.find(Office.class, officeId);
        if (office == null) {
            throw InvalidInputException.of("officeId", Text.of("caseload.noOffice", officeId));
        }
        if (!office.getLwda().getId().equals(lwdaId)) {
            throw InvalidInputException.of("officeId", Text.of("caseload.officeOtherLwda"));
        }
        return office;
    }
}
