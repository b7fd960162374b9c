package org.waypoint.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.security.StaffLanguage;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;

/**
 * Staff account administration. A state admin manages every account; an LWDA admin manages the
 * case managers of their own LWDA; everyone may change their own password.
 */
@Stateless
public class StaffAccountService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @Inject
    private VerifiedCredentialCache cache;

    public record StaffView(
            Long id,
            String username,
            String displayName,
            String email,
            Role role,
            Long lwdaId,
            String lwdaName,
            boolean enabled,
            boolean locked,
            Instant lastLoginAt,
            String language)
            implements java.io.Serializable {
        static StaffView of(StaffAccount a) {
            return new StaffView(
                    a.getId(),
                    a.getUsername(),
                    a.getDisplayName(),
                    a.getEmail(),
                    a.getRole(),
                    a.getLwda() == null ? null : a.getLwda().getId(),
                    a.getLwda() == null ? null : a.getLwda().getName(),
                    a.isEnabled(),
                    a.isLockedAt(Instant.now()),
                    a.getLastLoginAt(),
                    a.getLanguage());
        }
    }

    /** A new account; {@code language} is the code of the staff pages' language, English when null. */
    public record NewStaff(
            String username, String displayName, String email, Role role, Long lwdaId, String password, String language)
            implements java.io.Serializable {

        public NewStaff(String username, String displayName, String email, Role role, Long lwdaId, String password) {
            this(username, displayName, email, role, lwdaId, password, null);
        }
    }

    /** What a staff member sets for their own account: the language of the staff pages (issue 19). */
    public record OwnPreferences(String language) implements java.io.Serializable {}

    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public List<StaffView> list() {
        StaffPrincipal caller = callers.current();
        var query = caller.role() == Role.STATE_ADMIN
                ? em.createNamedQuery(StaffAccount.FIND_ALL, StaffAccount.class)
                : em.createNamedQuery(StaffAccount.FIND_BY_LWDA, StaffAccount.class)
                        .setParameter("lwdaId", caller.lwdaId());
        return query.getResultStream().map(StaffView::of).toList();
    }

    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public StaffView create(NewStaff input) {
        StaffPrincipal caller = callers.current();
        if (input.role() == null) {
            throw InvalidInputException.of("role", Text.of("security.chooseRole"));
        }
        Long lwdaId = input.role().isBoundToLwda() ? input.lwdaId() : null;
        if (caller.role() == Role.LWDA_ADMIN) {
            if (input.role() != Role.CASE_MANAGER) {
                throw new AccessDeniedException(Text.of("security.lwdaAdminCreates"));
            }
            lwdaId = caller.lwdaId();
        }
        if (input.role().isBoundToLwda() && lwdaId == null) {
            throw InvalidInputException.of(
                    "lwdaId", "A " + label(input.role()) + " belongs to one local workforce area: choose it.");
        }
        String language = input.language() == null ? StaffLanguage.ENGLISH : language(input.language());
        String username =
                input.username() == null ? null : input.username().trim().toLowerCase();
        PasswordPolicy.text(username, input.password()).ifPresent(problem -> {
            throw InvalidInputException.of("password", problem);
        });
        if (username != null
                && !em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                        .setParameter("username", username)
                        .getResultList()
                        .isEmpty()) {
            throw InvalidInputException.of("username", Text.of("security.usernameTaken", username));
        }
        Lwda lwda = lwdaId == null ? null : em.find(Lwda.class, lwdaId);
        StaffAccount account = new StaffAccount(
                username,
                input.displayName(),
                input.role(),
                lwda,
                PasswordHasher.hash(input.password().toCharArray()));
        account.setEmail(
                input.email() == null || input.email().isBlank()
                        ? null
                        : input.email().trim());
        account.setLanguage(language);
        BeanValidation.requireValid(account);
        em.persist(account);
        return StaffView.of(account);
    }

    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public StaffView unlock(long accountId) {
        StaffAccount account = manageable(accountId);
        account.unlock();
        return StaffView.of(account);
    }

    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public StaffView setEnabled(long accountId, boolean enabled) {
        StaffAccount account = manageable(accountId);
        if (!enabled && account.getUsername().equals(callers.current().username())) {
            throw InvalidInputException.of("enabled", Text.of("security.disableOwn"));
        }
        account.setEnabled(enabled);
        cache.forget(account.getUsername());
        return StaffView.of(account);
    }

    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public void resetPassword(long accountId, String newPassword) {
        StaffAccount account = manageable(accountId);
        PasswordPolicy.text(account.getUsername(), newPassword).ifPresent(problem -> {
            throw InvalidInputException.of("password", problem);
        });
        account.setPasswordHash(PasswordHasher.hash(newPassword.toCharArray()));
        account.unlock();
        cache.forget(account.getUsername());
    }

    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffPrincipal caller = callers.current();
        StaffAccount account = em.find(StaffAccount.class, caller.accountId());
        if (currentPassword == null
                || !PasswordHasher.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            throw InvalidInputException.of("currentPassword", Text.of("security.currentPassword"));
        }
        PasswordPolicy.text(account.getUsername(), newPassword).ifPresent(problem -> {
            throw InvalidInputException.of("newPassword", problem);
        });
        account.setPasswordHash(PasswordHasher.hash(newPassword.toCharArray()));
        cache.forget(account.getUsername());
    }

    /** The caller's own preferences. */
    @PermitAll
    public OwnPreferences ownPreferences() {
        StaffAccount account = em.find(StaffAccount.class, callers.current().accountId());
        return new OwnPreferences(account.getLanguage());
    }

    /**
     * Sets the caller's own preferences: the language of the staff pages, English or Spanish (WIOA
     * sec. 188 language access, 29 CFR 38.9). Anyone may set their own.
     */
    @PermitAll
    public OwnPreferences setOwnPreferences(OwnPreferences input) {
        String language = language(input == null ? null : input.language());
        StaffAccount account = em.find(StaffAccount.class, callers.current().accountId());
        account.setLanguage(language);
        return new OwnPreferences(language);
    }

    /** An admin sets the language of an account within their reach (for a colleague who asks). */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public StaffView setLanguage(long accountId, String language) {
        StaffAccount account = manageable(accountId);
        account.setLanguage(language(language));
        return StaffView.of(account);
    }

    private static String language(String code) {
        return StaffLanguage.parse(code)
                .orElseThrow(() -> InvalidInputException.of("language", Text.of("security.language")));
    }

    private StaffAccount manageable(long accountId) {
        StaffPrincipal caller = callers.current();
        StaffAccount account = em.find(StaffAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException(Text.of("security.noAccount", accountId));
        }
        if (caller.role() == Role.LWDA_ADMIN
                && (account.getLwda() == null || !account.getLwda().getId().equals(caller.lwdaId()))) {
            throw new AccessDeniedException(Text.of("security.accountOtherLwda"));
        }
        return account;
    }

    private static String label(Role role) {
        return role.name().toLowerCase().replace('_', ' ');
    }
}
