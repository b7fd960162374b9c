package org.waypoint.web.tasks;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.tasks.TaskCategory;

/** Reads a category named in a request: none when blank, a 400 naming "category" when unknown. */
final class TaskCategories {

    private TaskCategories() {}

    static TaskCategory parse(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        try {
            return TaskCategory.valueOf(category.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "category",
                    "Unknown category; one of "
                            + Arrays.stream(TaskCategory.values())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", "))
                            + ".");
        }
    }
}
