package org.waypoint.persistence.common;

import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;

/**
 * The fields an UPDATE changes, for the listeners that see writes (audit, task lists). EclipseLink
 * puts the entity's change set on the write query on WildFly; Payara's EclipseLink (its own 4.0.x
 * module) leaves the query without one, where the unit of work's change set holds the same record.
 * Without this an update was neither audited nor marked its case manager's task list changed there.
 */
public final class ChangeSets {

    private ChangeSets() {}

    /** The change set of the object the event is about, or null if there is none. */
    public static ObjectChangeSet of(DescriptorEvent event) {
        ObjectChangeSet changeSet = event.getChangeSet();
        if (changeSet == null
                && event.getSession() instanceof UnitOfWorkImpl unitOfWork
                && unitOfWork.getUnitOfWorkChangeSet() != null) {
            changeSet = unitOfWork.getUnitOfWorkChangeSet().getObjectChangeSetForClone(event.getObject());
        }
        return changeSet;
    }
}
