package org.waypoint.service.tasks;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One category of the list: how many in all, the first {@code items} (overdue and soonest first) and
 * how many more. Hashed without its items, as {@link TaskList} is and for the same reason.
 */
public record TaskSection(TaskCategory category, int count, List<TaskItem> items, int more) implements Serializable {

    @Override
    public int hashCode() {
        return Objects.hash(category, count, more);
    }
}
