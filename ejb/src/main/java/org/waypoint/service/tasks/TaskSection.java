package org.waypoint.service.tasks;

import java.io.Serializable;
import java.util.List;

/** One category of the list: how many in all, the first {@code items} (overdue and soonest first) and how many more. */
public record TaskSection(TaskCategory category, int count, List<TaskItem> items, int more) implements Serializable {}
