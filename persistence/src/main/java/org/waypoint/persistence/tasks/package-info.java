/** What the persistence layer tells the task list: which case managers' lists a transaction changed. */
package org.waypoint.persistence.tasks;
