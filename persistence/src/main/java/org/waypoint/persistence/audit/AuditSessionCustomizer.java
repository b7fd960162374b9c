package org.waypoint.persistence.audit;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.waypoint.persistence.common.Auditable;

/**
 * Registered in persistence.xml ({@code eclipselink.session.customizer}): attaches the audit
 * listener to every entity that is {@link Auditable}, so a new kind of case data is audited by
 * implementing one interface.
 */
public class AuditSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        AuditDescriptorListener listener = new AuditDescriptorListener();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (Auditable.class.isAssignableFrom(descriptor.getJavaClass())) {
                descriptor.getEventManager().addListener(listener);
            }
        }
    }
}
