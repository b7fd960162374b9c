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
import jakarta.persistence.NamedNativeQuery;
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
// collide on the optimistic lock, and the counters are audited as login events instead. Native SQL:
// EclipseLink's bulk JPQL would also raise the version (an admin's edit would then conflict with
// the user's logins) and prints a boolean literal as 1, which H2 refuses; nothing caches accounts.
// Issue 11 (defect A): a login reserves a slot BEFORE the slow password hash, in one statement that
// checks the lock and counts failures plus slots in flight, so parallel wrong passwords cannot all
// be checked. An expired lock is cleared (and its failures forgotten) by the reservation itself; a
// slot count older than ?2 (a minute) is taken as zero: a request that died must not hold it for ever.
// SQL evaluates every SET expression on the row as it was before the update.
@NamedNativeQuery(
        name = StaffAccount.RESERVE_LOGIN,
        query = "UPDATE staff_account SET"
                + " failed_attempts = CASE WHEN locked_until IS NULL THEN failed_attempts ELSE 0 END,"
                + " locked_until = NULL,"
                + " logins_in_flight = CASE WHEN logins_in_flight_at IS NULL OR logins_in_flight_at < ?2"
                + "   THEN 1 ELSE logins_in_flight + 1 END,"
                + " logins_in_flight_at = ?1"
                + " WHERE id = ?3 AND enabled = TRUE"
                + " AND (locked_until IS NULL OR locked_until <= ?1)"
                + " AND (CASE WHEN locked_until IS NULL THEN failed_attempts ELSE 0 END)"
                + "   + (CASE WHEN logins_in_flight_at IS NULL OR logins_in_flight_at < ?2"
                + "      THEN 0 ELSE logins_in_flight END) < ?4")
@NamedNativeQuery(
        name = StaffAccount.COUNT_FAILED_LOGIN,
        query = "UPDATE staff_account SET failed_attempts = failed_attempts + 1,"
                + " logins_in_flight = CASE WHEN logins_in_flight > 0 THEN logins_in_flight - 1 ELSE 0 END"
                + " WHERE id = ?1")
// Run right after COUNT_FAILED_LOGIN in the same transaction, which holds the row lock: the one
// failure that reaches the limit (?2) sets the lock, and its row count of 1 says so.
@NamedNativeQuery(
        name = StaffAccount.LOCK,
        query = "UPDATE staff_account SET locked_until = ?3 WHERE id = ?1 AND failed_attempts >= ?2"
                + " AND (locked_until IS NULL OR locked_until <= ?4)")
// A success releases its slot. It forgets the failures only when no other attempt is in flight (one
// success during a burst must not open new slots) and never lifts a lock a concurrent failure set.
@NamedNativeQuery(
        name = StaffAccount.RECORD_LOGIN,
        query = "UPDATE staff_account SET"
                + " logins_in_flight = CASE WHEN logins_in_flight > 0 THEN logins_in_flight - 1 ELSE 0 END,"
                + " failed_attempts = CASE WHEN (logins_in_flight <= 1 OR logins_in_flight_at < ?2)"
                + "   AND (locked_until IS NULL OR locked_until <= ?1) THEN 0 ELSE failed_attempts END,"
                + " last_login_at = ?1"
                + " WHERE id = ?3")
// A password verified against the same stored hash a moment ago took no slot (it is no guess): only
// the time of the login is recorded, and only while the account has no failures and no lock.
@NamedNativeQuery(
        name = StaffAccount.RECORD_VERIFIED_LOGIN,
        query = "UPDATE staff_account SET last_login_at = ?1 WHERE id = ?2 AND failed_attempts = 0"
                + " AND (locked_until IS NULL OR locked_until <= ?1)")
// A sign-in through the agency's identity provider (issue 22): the provider checked the person, so
// the lockout of Waypoint's own password neither applies nor changes; only the time is recorded.
@NamedNativeQuery(
        name = StaffAccount.RECORD_FEDERATED_LOGIN,
        query = "UPDATE staff_account SET last_login_at = ?1 WHERE id = ?2")
@NamedNativeQuery(
        name = StaffAccount.RELEASE_LOGIN,
        query = "UPDATE staff_account SET"
                + " logins_in_flight = CASE WHEN logins_in_flight > 0 THEN logins_in_flight - 1 ELSE 0 END"
                + " WHERE id = ?1")
public class StaffAccount implements Auditable {

    public static final String FIND_BY_USERNAME = "StaffAccount.findByUsername";
    public static final String FIND_ALL = "StaffAccount.findAll";
    public static final String FIND_BY_LWDA = "StaffAccount.findByLwda";
    public static final String COUNT = "StaffAccount.count";
    public static final String COUNT_FAILED_LOGIN = "StaffAccount.countFailedLogin";
    public static final String LOCK = "StaffAccount.lock";
    public static final String RECORD_LOGIN = "StaffAccount.recordLogin";
    public static final String RESERVE_LOGIN = "StaffAccount.reserveLogin";
    public static final String RELEASE_LOGIN = "StaffAccount.releaseLogin";
    public static final String RECORD_VERIFIED_LOGIN = "StaffAccount.recordVerifiedLogin";
    public static final String RECORD_FEDERATED_LOGIN = "StaffAccount.recordFederatedLogin";

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

    /** Whether the staff member gets the daily task digest by e-mail (issue 15; off unless they turn it on). */
    @Column(name = "task_digest", nullable = false)
    private boolean taskDigest;

    /** The language of the staff pages for this staff member (issue 19), one of {@link StaffLanguage#SUPPORTED}. */
    @NotNull
    @Pattern(regexp = "en|es", message = "{waypoint.language.invalid}")
    @Column(name = "ui_language", nullable = false, length = 2)
    private String language = StaffLanguage.ENGLISH;

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

    /** Logins whose password is being checked right now (see {@link #RESERVE_LOGIN}). */
    @AuditIgnored
    @Column(name = "logins_in_flight")
    private int loginsInFlight;

    @AuditIgnored
    @Column(name = "logins_in_flight_at")
    private Instant loginsInFlightAt;

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
        loginsInFlight = 0;
        loginsInFlightAt = null;
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

    public int getLoginsInFlight() {
        return loginsInFlight;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isTaskDigest() {
        return taskDigest;
    }

    public void setTaskDigest(boolean taskDigest) {
        this.taskDigest = taskDigest;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
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
