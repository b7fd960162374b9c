package org.waypoint.service.lmi;

import java.io.Serializable;
import java.util.List;
import org.waypoint.service.common.Text;
import org.waypoint.service.lmi.imports.OnetTask;
import org.waypoint.service.lmi.imports.OnetTechnologySkill;

/**
 * What one O*NET occupation (the SOC code's own ".00" or one of its specialties, such as 29-1141.03
 * Critical Care Nurses) says about the work itself: the preparation it needs, the tools used, the
 * software and technology, and the main tasks. It answers the Kentucky guidance's question "what kind
 * of tools would I be expected to use at this job?" (24-003, Attachment A).
 *
 * @param jobZone O*NET's Job Zone, 1 to 5; null when O*NET has not rated the occupation
 * @param tools the examples of tools used, grouped by UNSPSC commodity, each example once, the
 *     commodities with most examples first
 * @param technologySkills each example once, those O*NET flags (In Demand, Hot Technology) first
 * @param tasks Core tasks first, then Supplemental, then those O*NET has not rated
 */
public record OnetOccupationDetails(
        String onetSocCode,
        String title,
        Integer jobZone,
        List<ToolGroup> tools,
        List<OnetTechnologySkill> technologySkills,
        List<OnetTask> tasks)
        implements Serializable {

    /** The tasks a page shows before "all tasks", and the most the printed report lists. */
    public static final int MAIN_TASKS = 8;

    /** The kinds of tools a page shows before "all tools". */
    public static final int MAIN_TOOL_KINDS = 10;

    public OnetOccupationDetails {
        tools = List.copyOf(tools);
        technologySkills = List.copyOf(technologySkills);
        tasks = List.copyOf(tasks);
    }

    /** O*NET's name of the job zone in the reader's language, e.g. "Job Zone Three: Medium Preparation Needed". */
    public Text jobZoneName() {
        return jobZoneName(jobZone);
    }

    /** The name of a Job Zone (from O*NET's "Job Zone Reference"); null for none. */
    public static Text jobZoneName(Integer jobZone) {
        return jobZone == null || jobZone < 1 || jobZone > 5 ? null : Text.of("lmi.jobZone." + jobZone);
    }

    /** A specialty of the SOC code rather than the occupation itself. */
    public boolean specialty() {
        return !onetSocCode.endsWith(".00");
    }

    /** The first {@value #MAIN_TASKS} tasks (core first). */
    public List<OnetTask> mainTasks() {
        return tasks.subList(0, Math.min(MAIN_TASKS, tasks.size()));
    }

    /** The tasks after the main ones, for "all tasks". */
    public List<OnetTask> moreTasks() {
        return tasks.subList(Math.min(MAIN_TASKS, tasks.size()), tasks.size());
    }

    /** The first {@value #MAIN_TOOL_KINDS} kinds of tools. */
    public List<ToolGroup> mainTools() {
        return tools.subList(0, Math.min(MAIN_TOOL_KINDS, tools.size()));
    }

    /** The kinds of tools after the main ones. */
    public List<ToolGroup> moreTools() {
        return tools.subList(Math.min(MAIN_TOOL_KINDS, tools.size()), tools.size());
    }

    public boolean hasFlaggedTechnology() {
        return technologySkills.stream().anyMatch(skill -> skill.hotTechnology() || skill.inDemand());
    }

    /** Nothing but the title: O*NET has no tools, technology or tasks for the occupation. */
    public boolean empty() {
        return tools.isEmpty() && technologySkills.isEmpty() && tasks.isEmpty();
    }

    /**
     * Tools of one UNSPSC commodity, e.g. "Dental mirrors" ("Dental mirrors", "Mouth mirrors").
     *
     * @param examples O*NET's examples in file order, each once
     */
    public record ToolGroup(String commodityTitle, List<String> examples) implements Serializable {

        public ToolGroup {
            examples = List.copyOf(examples);
        }

        /** "Amalgam carriers, Amalgamators" */
        public String joined() {
            return String.join(", ", examples);
        }
    }
}
