package org.waypoint.persistence.audit;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.tasks.TaskChangeListener;

/**
 * Registered in persistence.xml ({@code eclipselink.session.customizer}): attaches the audit
 * listener to every entity that is {@link Auditable}, so a new kind of case data is audited by
 * implementing one interface; and the task list's {@link TaskChangeListener} to every entity, so
 * that a write to a participant's records marks their case manager's list changed.
 */
public class AuditSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        AuditDescriptorListener listener = new AuditDescriptorListener();
        TaskChangeListener tasks = new TaskChangeListener();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (Auditable.class.isAssignableFrom(descriptor.getJavaClass())) {
                descriptor.getEventManager().addListener(listener);
            }
            if (!descriptor.isAggregateDescriptor()) {
                descriptor.getEventManager().addListener(tasks);
            }
        }
    }
}
