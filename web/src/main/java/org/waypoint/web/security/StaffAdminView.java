package org.waypoint.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffLanguage;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.LwdaView;
import org.waypoint.service.security.StaffAccountService;
import org.waypoint.service.security.StaffAccountService.NewStaff;
import org.waypoint.service.security.StaffAccountService.StaffView;
import org.waypoint.web.common.Pages;

/** admin/staff.xhtml: accounts within the admin's reach; create, unlock, disable. */
@Named
@ViewScoped
public class StaffAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffAccountService staff;

    @EJB
    private ReferenceService reference;

    @Inject
    private SessionUser user;

    private List<StaffView> accounts;
    private String username;
    private String displayName;
    private String email;
    private Role role = Role.CASE_MANAGER;
    private Long lwdaId;
    private String password;
    private String language = StaffLanguage.ENGLISH;

    public List<StaffView> getAccounts() {
        if (accounts == null) {
            accounts = staff.list();
        }
        return accounts;
    }

    public String create() {
        try {
            StaffView created =
                    staff.create(new NewStaff(username, displayName, email, role, lwdaId, password, language));
            Pages.info("staff.created", created.username());
            return "/admin/staff?faces-redirect=true";
        } catch (RuntimeException e) {
            return Pages.show(e, "create");
        }
    }

    public void unlock(StaffView account) {
        try {
            staff.unlock(account.id());
            accounts = null;
            Pages.info("staff.unlocked", account.username());
        } catch (RuntimeException e) {
            Pages.show(e, "accounts");
        }
    }

    public void toggle(StaffView account) {
        try {
            staff.setEnabled(account.id(), !account.enabled());
            accounts = null;
        } catch (RuntimeException e) {
            Pages.show(e, "accounts");
        }
    }

    /** An LWDA admin creates case managers only; a state admin any role. */
    public List<Role> getRoles() {
        return user.isStateAdmin() ? Arrays.asList(Role.values()) : List.of(Role.CASE_MANAGER);
    }

    /** The languages a staff member's pages can be in (issue 19). */
    public List<String> getLanguages() {
        return StaffLanguage.SUPPORTED;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<LwdaView> getLwdas() {
        return reference.lwdas();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getLwdaId() {
        return lwdaId;
    }

    public void setLwdaId(Long lwdaId) {
        this.lwdaId = lwdaId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
