package org.waypoint.service.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.Text;

/**
 * Resolves the authenticated caller to their staff account and applies the LWDA rule every
 * service enforces: case managers and LWDA admins reach only their own LWDA, state admins every
 * LWDA, monitors every LWDA read-only.
 */
@Stateless
@PermitAll
// Reads only: a transaction of its own (and the audit interceptor's flush of a new persistence
// context) cost every API request a begin and a commit for nothing (issue 20).
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallerService {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private RequestCaller requestCaller;

    @jakarta.inject.Inject
    private jakarta.enterprise.inject.spi.BeanManager beans;

    public StaffPrincipal current() {
        String name = context.getCallerPrincipal() == null
                ? null
                : context.getCallerPrincipal().getName();
        if (name == null || "anonymous".equals(name)) {
            throw new AccessDeniedException(Text.of("security.signIn"));
        }
        StaffPrincipal known = requestActive() ? requestCaller.get(name) : null;
        if (known != null) {
            return known;
        }
        StaffPrincipal principal = em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", name)
                .getResultStream()
                .filter(StaffAccount::isEnabled)
                .findFirst()
                .map(StaffPrincipal::of)
                .orElseThrow(() -> new AccessDeniedException(Text.of("security.noActiveAccount", name)));
        if (requestActive()) {
            requestCaller.remember(principal);
        }
        return principal;
    }

    /**
     * The account the sign-in of this request just verified ({@link AuthenticationService}): the
     * services of the request then ask the database no more who is calling. An API client sends its
     * credentials on every request, so this saves a query per API call.
     */
    public void signedIn(StaffPrincipal principal) {
        if (requestActive()) {
            requestCaller.remember(principal);
        }
    }

    /** Outside an HTTP request (timers, start-up, in-container tests) there is nothing to remember. */
    private boolean requestActive() {
        try {
            return beans.getContext(jakarta.enterprise.context.RequestScoped.class)
                    .isActive();
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return false;
        }
    }

    /** The caller, after checking that they may see records of {@code lwdaId}. */
    public StaffPrincipal requireRead(Long lwdaId) {
        StaffPrincipal caller = current();
        if (!caller.canRead(lwdaId)) {
            throw new AccessDeniedException(Text.of("security.recordOtherLwda"));
        }
        return caller;
    }

    /** The caller, after checking that they may change records of {@code lwdaId}. */
    public StaffPrincipal requireWrite(Long lwdaId) {
        StaffPrincipal caller = current();
        if (!caller.canRead(lwdaId)) {
            throw new AccessDeniedException(Text.of("security.recordOtherLwda"));
        }
        if (!caller.canWrite(lwdaId)) {
            throw new AccessDeniedException(Text.of("security.readOnly"));
        }
        return caller;
    }
}
