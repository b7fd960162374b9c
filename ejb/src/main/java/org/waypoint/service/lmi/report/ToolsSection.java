package org.waypoint.service.lmi.report;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.OnetOccupationDetails;
import org.waypoint.service.lmi.imports.OnetTechnologySkill;

/**
 * The Kentucky guidance's question "what kind of tools would I be expected to use at this job?"
 * (24-003, Attachment A), answered from O*NET: the tools used, by kind, and the software and
 * technology with O*NET's In Demand and Hot Technology flags written out (a printout has no colours
 * to rely on), for the occupation and each of its O*NET specialties. Long lists are cut to what fits
 * a take-home sheet and say how much more O*NET has.
 */
final class ToolsSection implements ReportSection {

    /** Kinds of tools printed for the occupation itself, and for each specialty. */
    static final int MAX_TOOL_KINDS = 12;

    static final int MAX_SPECIALTY_TOOL_KINDS = 6;

    /** Technology printed besides every flagged one, for the occupation and for each specialty. */
    static final int MAX_UNFLAGGED_TECHNOLOGY = 8;

    static final int MAX_SPECIALTY_UNFLAGGED_TECHNOLOGY = 4;

    @Override
    public void addTo(ReportDocument document, LmiReport report) {
        OccupationProfile profile = report.profile();
        List<OnetOccupationDetails> onet = profile.onet();
        if (onet.isEmpty()
                || onet.stream()
                        .allMatch(
                                d -> d.tools().isEmpty() && d.technologySkills().isEmpty())) {
            return;
        }
        document.heading("report.heading.tools");
        document.note(document.word("report.toolsQuestion"));
        boolean several = onet.size() > 1;
        boolean flagged = false;
        for (OnetOccupationDetails details : onet) {
            if (several) {
                subheading(document, details);
            }
            tools(document, details);
            flagged |= technology(document, details);
        }
        if (flagged) {
            document.note(document.word("report.flagsLegend"));
        }
    }

    static void subheading(ReportDocument document, OnetOccupationDetails details) {
        Paragraph title = new Paragraph(
                document.word("report.onetOccupation", details.title(), details.onetSocCode()), ReportStyle.BODY_BOLD);
        title.setSpacingBefore(6);
        document.add(title);
    }

    private static void tools(ReportDocument document, OnetOccupationDetails details) {
        if (details.tools().isEmpty()) {
            return;
        }
        int max = details.specialty() ? MAX_SPECIALTY_TOOL_KINDS : MAX_TOOL_KINDS;
        PdfPTable table = document.table(new float[] {3, 5}, 2, "report.toolKind", "report.toolExamples");
        List<OnetOccupationDetails.ToolGroup> groups = details.tools();
        for (OnetOccupationDetails.ToolGroup group : groups.subList(0, Math.min(max, groups.size()))) {
            table.addCell(ReportStyle.textCell(group.commodityTitle()));
            table.addCell(ReportStyle.textCell(group.joined()));
        }
        document.add(table);
        if (groups.size() > max) {
            document.note(document.word("report.moreTools", groups.size() - max));
        }
    }

    /** True when a flagged technology was printed (the legend is then due). */
    private static boolean technology(ReportDocument document, OnetOccupationDetails details) {
        List<OnetTechnologySkill> skills = details.technologySkills();
        if (skills.isEmpty()) {
            return false;
        }
        int maxUnflagged = details.specialty() ? MAX_SPECIALTY_UNFLAGGED_TECHNOLOGY : MAX_UNFLAGGED_TECHNOLOGY;
        List<OnetTechnologySkill> printed = new ArrayList<>();
        int unflagged = 0;
        for (OnetTechnologySkill skill : skills) {
            boolean isFlagged = skill.inDemand() || skill.hotTechnology();
            if (isFlagged || unflagged++ < maxUnflagged) {
                printed.add(skill);
            }
        }
        PdfPTable table = document.table(
                new float[] {4, 3, 3}, 3, "report.technologySkill", "report.technologyKind", "report.flags");
        boolean flagged = false;
        for (OnetTechnologySkill skill : printed) {
            table.addCell(ReportStyle.textCell(skill.example()));
            table.addCell(ReportStyle.textCell(skill.commodityTitle()));
            table.addCell(ReportStyle.textCell(flags(document, skill)));
            flagged |= skill.inDemand() || skill.hotTechnology();
        }
        document.add(table);
        if (printed.size() < skills.size()) {
            document.note(document.word("report.moreTechnology", skills.size() - printed.size()));
        }
        return flagged;
    }

    /** "In Demand, Hot Technology" in the report's language; empty when O*NET flags neither. */
    static String flags(ReportDocument document, OnetTechnologySkill skill) {
        List<String> flags = new ArrayList<>();
        if (skill.inDemand()) {
            flags.add(document.word("report.inDemandFlag"));
        }
        if (skill.hotTechnology()) {
            flags.add(document.word("report.hotTechnologyFlag"));
        }
        return String.join(", ", flags);
    }
}
