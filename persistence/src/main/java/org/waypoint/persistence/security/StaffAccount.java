package org.waypoint.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.waypoint.persistence.common.AuditIgnored;
import org.waypoint.persistence.common.AuditMasked;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.Office;

/**
 * A staff member's login. The database is the default identity store (see the README for LDAP
 * or OpenID Connect); the password is kept only as a PBKDF2 hash, and repeated failures lock the
 * account for a while.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(
        name = StaffAccount.FIND_BY_USERNAME,
        query = "SELECT a FROM StaffAccount a LEFT JOIN FETCH a.lwda l LEFT JOIN FETCH l.state"
                + " WHERE a.username = :username")
@NamedQuery(
        name = StaffAccount.FIND_ALL,
        query = "SELECT a FROM StaffAccount a LEFT JOIN FETCH a.lwda ORDER BY a.username")
@NamedQuery(
        name = StaffAccount.FIND_BY_LWDA,
        query = "SELECT a FROM StaffAccount a LEFT JOIN FETCH a.lwda WHERE a.lwda.id = :lwdaId"
                + " ORDER BY a.username")
@NamedQuery(name = StaffAccount.COUNT, query = "SELECT COUNT(a) FROM StaffAccount a")
// Login bookkeeping is written with atomic updates: concurrent API requests of one user must not
// collide on the optimistic lock, and the counters are audited as login events instead.
@NamedQuery(
        name = StaffAccount.COUNT_FAILED_LOGIN,
        query = "UPDATE StaffAccount a SET a.failedAttempts = a.failedAttempts + 1 WHERE a.id = :id")
@NamedQuery(
        name = StaffAccount.LOCK,
        query = "UPDATE StaffAccount a SET a.failedAttempts = 0, a.lockedUntil = :until WHERE a.id = :id")
@NamedQuery(
        name = StaffAccount.RECORD_LOGIN,
        query = "UPDATE StaffAccount a SET a.failedAttempts = 0, a.lockedUntil = NULL, a.lastLoginAt = :now"
                + " WHERE a.id = :id")
@NamedQuery(name = StaffAccount.FAILED_ATTEMPTS, query = "SELECT a.failedAttempts FROM StaffAccount a WHERE a.id = :id")
public class StaffAccount implements Auditable {

    public static final String FIND_BY_USERNAME = "StaffAccount.findByUsername";
    public static final String FIND_ALL = "StaffAccount.findAll";
    public static final String FIND_BY_LWDA = "StaffAccount.findByLwda";
    public static final String COUNT = "StaffAccount.count";
    public static final String COUNT_FAILED_LOGIN = "StaffAccount.countFailedLogin";
    public static final String LOCK = "StaffAccount.lock";
    public static final String RECORD_LOGIN = "StaffAccount.recordLogin";
    public static final String FAILED_ATTEMPTS = "StaffAccount.failedAttempts";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotBlank
    @Size(min = 3, max = 60)
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{waypoint.username.invalid}")
    @Column(nullable = false, unique = true)
    private String username;

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Email
    @Size(max = 200)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lwda_id")
    private Lwda lwda;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    @AuditMasked
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @AuditIgnored
    @Column(name = "failed_attempts")
    private int failedAttempts;

    @AuditIgnored
    @Column(name = "locked_until")
    private Instant lockedUntil;

    private boolean enabled = true;

    /** Created by the demo seeding of the embedded default; never in production. */
    private boolean demo;

    @AuditIgnored
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Version
    private long version;

    protected StaffAccount() {}

    public StaffAccount(String username, String displayName, Role role, Lwda lwda, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.lwda = lwda;
        setPasswordHash(passwordHash);
    }

    @Override
    public Object auditId() {
        return username;
    }

    @Override
    public Long auditLwdaId() {
        return lwda == null ? null : lwda.getId();
    }

    /** Whether the lock from repeated failures is still in force at {@code now}. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
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

    public Lwda getLwda() {
        return lwda;
    }

    public void setLwda(Lwda lwda) {
        this.lwda = lwda;
    }

    public Office getOffice() {
        return office;
    }

    public void setOffice(Office office) {
        this.office = office;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public final void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now();
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public long getVersion() {
        return version;
    }
}
