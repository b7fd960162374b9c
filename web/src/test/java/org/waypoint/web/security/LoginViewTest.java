package org.waypoint.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After signing in, the page asked for opens, but never a page of another site. */
class LoginViewTest {

    @Test
    void aPathInsideWaypointIsKept() {
        assertThat(LoginView.safeNext("/participants/view.xhtml?id=7")).isEqualTo("/participants/view.xhtml?id=7");
    }

    @Test
    void nothingAskedForOpensTheDashboard() {
        assertThat(LoginView.safeNext(null)).isEqualTo("/index.xhtml");
        assertThat(LoginView.safeNext("/login.xhtml")).isEqualTo("/index.xhtml");
    }

    @Test
    void anotherSiteIsNeverOpened() {
        assertThat(LoginView.safeNext("https://evil.example")).isEqualTo("/index.xhtml");
        assertThat(LoginView.safeNext("//evil.example/path")).isEqualTo("/index.xhtml");
        assertThat(LoginView.safeNext("/\\evil.example")).isEqualTo("/index.xhtml");
    }
}
