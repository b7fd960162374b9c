package org.waypoint.service.lmi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.service.lmi.imports.OnetOccupation;
import org.waypoint.service.lmi.imports.OnetTask;
import org.waypoint.service.lmi.imports.OnetTechnologySkill;
import org.waypoint.service.lmi.imports.OnetTool;

/**
 * Reads a SOC code's O*NET occupations (the ".00" first, then its specialties) into what a profile
 * shows of the work: job zone, tools grouped by commodity, technology skills flagged first, tasks
 * core first. Plain Java over {@link LmiData}, so each ordering rule is checked against the
 * shipped O*NET files.
 */
public final class OnetOccupationDetailsReader {

    private OnetOccupationDetailsReader() {}

    /** The SOC code's O*NET occupations, the ".00" one first; empty when O*NET has none. */
    public static List<OnetOccupationDetails> of(LmiData data, String soc) {
        return data.onet(soc).stream().map(occupation -> of(data, occupation)).toList();
    }

    static OnetOccupationDetails of(LmiData data, OnetOccupation occupation) {
        String code = occupation.onetSocCode();
        return new OnetOccupationDetails(
                code,
                occupation.title(),
                data.jobZone(code).orElse(null),
                tools(data.tools(code)),
                technologySkills(data.technologySkills(code)),
                tasks(data.tasks(code)));
    }

    /**
     * The job zone of a SOC code: its ".00" O*NET occupation's, else the lowest of its specialties'
     * (the least preparation that leads into the occupation); null when O*NET rates none.
     */
    public static Integer jobZone(LmiData data, String soc) {
        List<OnetOccupation> onet = data.onet(soc);
        if (onet.isEmpty()) {
            return null;
        }
        OnetOccupation primary = onet.get(0);
        if (primary.onetSocCode().endsWith(".00")
                && data.jobZone(primary.onetSocCode()).isPresent()) {
            return data.jobZone(primary.onetSocCode()).get();
        }
        return onet.stream()
                .map(occupation -> data.jobZone(occupation.onetSocCode()).orElse(null))
                .filter(zone -> zone != null)
                .min(Integer::compare)
                .orElse(null);
    }

    /**
     * Grouped by commodity, each example once per group; the kinds with most examples first, then in
     * the order they first appear.
     */
    static List<OnetOccupationDetails.ToolGroup> tools(List<OnetTool> tools) {
        Map<String, Set<String>> byCommodity = new LinkedHashMap<>();
        for (OnetTool tool : tools) {
            String commodity =
                    tool.commodityTitle() == null || tool.commodityTitle().isBlank()
                            ? "Other"
                            : tool.commodityTitle().strip();
            byCommodity
                    .computeIfAbsent(commodity, key -> new LinkedHashSet<>())
                    .add(tool.example().strip());
        }
        List<OnetOccupationDetails.ToolGroup> groups = new ArrayList<>();
        byCommodity.forEach((commodity, examples) ->
                groups.add(new OnetOccupationDetails.ToolGroup(commodity, new ArrayList<>(examples))));
        // the kinds with the most examples first: they say most about the work (a stable sort keeps
        // the file's order among kinds of the same size)
        groups.sort(Comparator.comparingInt((OnetOccupationDetails.ToolGroup group) ->
                        group.examples().size())
                .reversed());
        return groups;
    }

    /**
     * Each example once (flags of a repeated example combined); In Demand and Hot Technology first,
     * then In Demand alone, then Hot Technology alone, then the rest, each in file order.
     */
    static List<OnetTechnologySkill> technologySkills(List<OnetTechnologySkill> skills) {
        Map<String, OnetTechnologySkill> byExample = new LinkedHashMap<>();
        for (OnetTechnologySkill skill : skills) {
            byExample.merge(
                    skill.example().strip(),
                    skill,
                    (a, b) -> new OnetTechnologySkill(
                            a.onetSocCode(),
                            a.example(),
                            a.commodityCode(),
                            a.commodityTitle(),
                            a.hotTechnology() || b.hotTechnology(),
                            a.inDemand() || b.inDemand()));
        }
        List<OnetTechnologySkill> ordered = new ArrayList<>(byExample.values());
        ordered.sort(Comparator.comparingInt(OnetOccupationDetailsReader::flagRank));
        return ordered;
    }

    private static int flagRank(OnetTechnologySkill skill) {
        if (skill.inDemand() && skill.hotTechnology()) {
            return 0;
        }
        if (skill.inDemand()) {
            return 1;
        }
        return skill.hotTechnology() ? 2 : 3;
    }

    /** Core, then Supplemental, then unrated; in file order within each. */
    static List<OnetTask> tasks(List<OnetTask> tasks) {
        List<OnetTask> ordered = new ArrayList<>(tasks);
        ordered.sort(Comparator.comparingInt(OnetOccupationDetailsReader::taskRank));
        return ordered;
    }

    private static int taskRank(OnetTask task) {
        if (task.core()) {
            return 0;
        }
        return "Supplemental".equalsIgnoreCase(task.taskType()) ? 1 : 2;
    }
}
