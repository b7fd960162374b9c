package org.waypoint.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.waypoint.persistence.security.Role;

/** The LWDA rule every service applies, role by role. */
class StaffPrincipalTest {

    private static final Long BLUEGRASS = 1L;
    private static final Long KENTUCKIANA = 2L;

    private static StaffPrincipal of(Role role, Long lwda) {
        return new StaffPrincipal(9L, "user", "User", role, lwda, null, "KY");
    }

    @Test
    void caseManagerReadsAndWritesOnlyTheirOwnLwda() {
        StaffPrincipal cm = of(Role.CASE_MANAGER, BLUEGRASS);
        assertThat(cm.canRead(BLUEGRASS)).isTrue();
        assertThat(cm.canWrite(BLUEGRASS)).isTrue();
        assertThat(cm.canRead(KENTUCKIANA)).isFalse();
        assertThat(cm.canWrite(KENTUCKIANA)).isFalse();
    }

    @Test
    void lwdaAdminReadsAndWritesOnlyTheirOwnLwda() {
        StaffPrincipal admin = of(Role.LWDA_ADMIN, BLUEGRASS);
        assertThat(admin.canWrite(BLUEGRASS)).isTrue();
        assertThat(admin.canRead(KENTUCKIANA)).isFalse();
    }

    @Test
    void anLwdaBoundAccountWithoutAnLwdaReadsNothing() {
        assertThat(of(Role.CASE_MANAGER, null).canRead(BLUEGRASS)).isFalse();
        assertThat(of(Role.CASE_MANAGER, null).canRead(null)).isFalse();
    }

    @Test
    void stateAdminReadsAndWritesEveryLwda() {
        StaffPrincipal state = of(Role.STATE_ADMIN, null);
        assertThat(state.canWrite(BLUEGRASS)).isTrue();
        assertThat(state.canWrite(KENTUCKIANA)).isTrue();
    }

    @Test
    void monitorReadsEveryLwdaAndWritesNone() {
        StaffPrincipal monitor = of(Role.MONITOR, null);
        assertThat(monitor.canRead(BLUEGRASS)).isTrue();
        assertThat(monitor.canRead(KENTUCKIANA)).isTrue();
        assertThat(monitor.canWrite(BLUEGRASS)).isFalse();
    }
}
