package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.imports.OnetTask;
import org.waypoint.service.lmi.imports.OnetTechnologySkill;
import org.waypoint.service.lmi.imports.OnetTool;

/**
 * The orderings a profile shows O*NET's work details in, rule by rule, on rows written as O*NET's
 * files have them (issue 20): tools grouped by kind and each once, flagged technology first, core
 * tasks first.
 */
class OnetOccupationDetailsReaderTest {

    private static final String DENTAL = "31-9091.00";

    @Test
    void toolsAreGroupedByCommodityEachExampleOnceTheBiggestKindFirst() {
        List<OnetOccupationDetails.ToolGroup> groups = OnetOccupationDetailsReader.tools(List.of(
                new OnetTool(DENTAL, "Air compressors", "40151601", "Air compressors"),
                new OnetTool(DENTAL, "Band seating pliers", "42152713", "Orthodontic pliers"),
                new OnetTool(DENTAL, "Dental pliers", "42152713", "Orthodontic pliers"),
                new OnetTool(DENTAL, "Dental pliers", "42152713", "Orthodontic pliers"),
                new OnetTool(DENTAL, "Autoclaves", "42281508", "Steam autoclaves or sterilizers")));

        assertThat(groups)
                .extracting(OnetOccupationDetails.ToolGroup::commodityTitle)
                .containsExactly("Orthodontic pliers", "Air compressors", "Steam autoclaves or sterilizers");
        assertThat(groups.get(0).examples()).containsExactly("Band seating pliers", "Dental pliers");
        assertThat(groups.get(0).joined()).isEqualTo("Band seating pliers, Dental pliers");
    }

    @Test
    void technologyFlaggedInDemandAndHotFirstThenInDemandThenHotThenTheRestInFileOrder() {
        List<OnetTechnologySkill> ordered = OnetOccupationDetailsReader.technologySkills(List.of(
                skill("Email software", false, false),
                skill("Microsoft Excel", true, false),
                skill("Open Dental", false, true),
                skill("Henry Schein Dentrix", true, true),
                skill("Quicken", false, false),
                skill("Microsoft Excel", false, true)));

        assertThat(ordered)
                .extracting(OnetTechnologySkill::example)
                .containsExactly("Microsoft Excel", "Henry Schein Dentrix", "Open Dental", "Email software", "Quicken");
        // a repeated example keeps both flags
        assertThat(ordered.get(0).hotTechnology()).isTrue();
        assertThat(ordered.get(0).inDemand()).isTrue();
    }

    @Test
    void coreTasksFirstThenSupplementalThenUnratedEachInFileOrder() {
        List<OnetTask> ordered = OnetOccupationDetailsReader.tasks(List.of(
                task(1, "n/a"), task(2, "Supplemental"), task(3, "Core"), task(4, "Supplemental"), task(5, "Core")));

        assertThat(ordered).extracting(OnetTask::taskId).containsExactly(3L, 5L, 2L, 4L, 1L);
    }

    @Test
    void mainTasksAreTheFirstEightAndTheRestFollow() {
        List<OnetTask> tasks = new java.util.ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            tasks.add(task(i, "Core"));
        }
        OnetOccupationDetails details =
                new OnetOccupationDetails(DENTAL, "Dental Assistants", 3, List.of(), List.of(), tasks);

        assertThat(details.mainTasks()).hasSize(8);
        assertThat(details.moreTasks()).extracting(OnetTask::taskId).containsExactly(9L, 10L, 11L);
        assertThat(details.specialty()).isFalse();
    }

    @Test
    void jobZoneNamesAreOnetsInEnglishAndSpanish() {
        assertThat(OnetOccupationDetails.jobZoneName(2).english()).isEqualTo("Job Zone Two: Some Preparation Needed");
        assertThat(OnetOccupationDetails.jobZoneName(5).english())
                .isEqualTo("Job Zone Five: Extensive Preparation Needed");
        assertThat(OnetOccupationDetails.jobZoneName(3).in(Locale.forLanguageTag("es")))
                .isEqualTo("Zona de trabajo tres: se necesita una preparación media");
        assertThat(OnetOccupationDetails.jobZoneName(null)).isNull();
        assertThat(OnetOccupationDetails.jobZoneName(6)).isNull();
    }

    private static OnetTechnologySkill skill(String example, boolean hot, boolean inDemand) {
        return new OnetTechnologySkill(DENTAL, example, "43232610", "Medical software", hot, inDemand);
    }

    private static OnetTask task(long id, String type) {
        return new OnetTask(DENTAL, id, "Task " + id, type, "Core".equals(type));
    }
}
