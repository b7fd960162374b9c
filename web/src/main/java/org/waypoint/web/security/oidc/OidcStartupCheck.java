package org.waypoint.web.security.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.waypoint.web.common.SecurityHeadersFilter;

/**
 * Reads the single sign-on settings and the provider's discovery document as Waypoint starts. A
 * setting missing or wrong, or a provider that cannot be reached, stops the deployment with a
 * message that names what to set: staff would otherwise find out at their first sign-in.
 */
@WebListener
public class OidcStartupCheck implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(OidcStartupCheck.class.getName());

    @Inject
    private OidcProvider provider;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            provider.start();
        } catch (IllegalStateException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
        if (provider.isEnabled()) {
            SecurityHeadersFilter.allowFormsToLeadTo(provider.origin());
            LOG.info(() -> "Single sign-on through " + provider.settings().issuer() + " is on");
        }
    }
}
