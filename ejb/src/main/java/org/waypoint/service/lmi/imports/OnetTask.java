package org.waypoint.service.lmi.imports;

import java.io.Serializable;

/**
 * A task statement of the occupation, from "Task Statements.txt".
 *
 * @param core true for O*NET's "Core" tasks (critical to the occupation), false for "Supplemental"
 *     and for tasks O*NET has not rated ("n/a")
 * @param taskType O*NET's own value: "Core", "Supplemental" or "n/a"
 */
public record OnetTask(String onetSocCode, long taskId, String task, String taskType, boolean core)
        implements Serializable {

    /** O*NET's task type of the tasks critical to the occupation. */
    public static final String CORE = "Core";
}
