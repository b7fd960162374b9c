package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.imports.OnetTask;
import org.waypoint.service.lmi.imports.OnetTechnologySkill;

/**
 * What a profile says about the work itself, on the shipped O*NET 29.2 files (issue 20): Dental
 * Assistants' job zone, tools, flagged technology and core tasks, and Registered Nurses with their
 * four O*NET specialties. The values are the files' own ("Job Zones.txt", "Tools Used.txt",
 * "Technology Skills.txt", "Task Statements.txt").
 */
class OccupationOnetDetailsTest {

    private static LmiDatabase db;
    private static OccupationProfiles profiles;

    @BeforeAll
    static void importEverythingShipped() throws Exception {
        db = new LmiDatabase();
        db.importEverythingShipped();
        profiles = new OccupationProfiles(db.data());
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void dentalAssistantsNeedMediumPreparation() {
        OccupationProfile profile = profiles.profile("31-9091", "KY-bluegrass").orElseThrow();

        // Job Zones.txt: 31-9091.00	3
        assertThat(profile.jobZone()).isEqualTo(3);
        assertThat(profile.jobZoneName().english()).isEqualTo("Job Zone Three: Medium Preparation Needed");
        assertThat(profile.onet())
                .extracting(OnetOccupationDetails::onetSocCode)
                .containsExactly("31-9091.00");
    }

    @Test
    void dentalAssistantsUseDentalToolsGroupedByKind() {
        OnetOccupationDetails dental =
                profiles.profile("31-9091", "KY-bluegrass").orElseThrow().mainOnet();

        // Tools Used.txt: "Amalgamators" is a "Dental amalgamators"; nine kinds of orthodontic pliers, the most
        assertThat(dental.tools()).anySatisfy(group -> {
            assertThat(group.commodityTitle()).isEqualTo("Dental amalgamators");
            assertThat(group.examples()).contains("Amalgamators");
        });
        assertThat(dental.tools().get(0).commodityTitle()).isEqualTo("Orthodontic pliers");
        assertThat(dental.tools().get(0).examples()).hasSize(9).contains("Band seating pliers");
        assertThat(dental.tools().stream().mapToInt(g -> g.examples().size()).sum())
                .as("each of the 105 rows' examples once")
                .isEqualTo(105);
    }

    @Test
    void dentrixIsInDemandAndHotAndListedFirst() {
        List<OnetTechnologySkill> skills = profiles.profile("31-9091", "KY-bluegrass")
                .orElseThrow()
                .mainOnet()
                .technologySkills();

        // Technology Skills.txt: Henry Schein Dentrix	Medical software	Y	Y; Microsoft Excel Y N
        assertThat(skills.get(0).example()).isEqualTo("Henry Schein Dentrix");
        assertThat(skills.get(0).hotTechnology()).isTrue();
        assertThat(skills.get(0).inDemand()).isTrue();
        assertThat(skills)
                .filteredOn(skill -> skill.example().equals("Microsoft Excel"))
                .singleElement()
                .satisfies(excel -> {
                    assertThat(excel.hotTechnology()).isTrue();
                    assertThat(excel.inDemand()).isFalse();
                });
        assertThat(skills).hasSize(11);
        int firstUnflagged = skills.indexOf(skills.stream()
                .filter(s -> !s.hotTechnology() && !s.inDemand())
                .findFirst()
                .orElseThrow());
        assertThat(skills.subList(firstUnflagged, skills.size())).noneMatch(s -> s.hotTechnology() || s.inDemand());
    }

    @Test
    void coreTasksComeFirst() {
        List<OnetTask> tasks = profiles.profile("31-9091", "KY-bluegrass")
                .orElseThrow()
                .mainOnet()
                .tasks();

        assertThat(tasks).hasSize(16);
        assertThat(tasks.subList(0, 14)).allMatch(OnetTask::core);
        assertThat(tasks.subList(14, 16)).noneMatch(OnetTask::core);
        assertThat(tasks.get(0).task())
                .isEqualTo("Prepare patient, sterilize or disinfect instruments, set up instrument trays, prepare"
                        + " materials, or assist dentist during dental procedures.");
    }

    @Test
    void registeredNursesShowTheirFourSpecialtiesEachWithItsOwnJobZoneToolsAndTasks() {
        OccupationProfile nurses =
                profiles.profile("29-1141", "KY-kentuckiana-works").orElseThrow();

        assertThat(nurses.onet())
                .extracting(OnetOccupationDetails::onetSocCode, OnetOccupationDetails::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("29-1141.00", "Registered Nurses"),
                        org.assertj.core.groups.Tuple.tuple("29-1141.01", "Acute Care Nurses"),
                        org.assertj.core.groups.Tuple.tuple("29-1141.02", "Advanced Practice Psychiatric Nurses"),
                        org.assertj.core.groups.Tuple.tuple("29-1141.03", "Critical Care Nurses"),
                        org.assertj.core.groups.Tuple.tuple("29-1141.04", "Clinical Nurse Specialists"));
        // Job Zones.txt: .00 4, .01 3, .02 5, .03 4, .04 5; the SOC code's is the ".00" one's
        assertThat(nurses.jobZone()).isEqualTo(4);
        assertThat(nurses.onet()).extracting(OnetOccupationDetails::jobZone).containsExactly(4, 3, 5, 4, 5);
        assertThat(nurses.onet()).extracting(d -> d.tasks().size()).containsExactly(27, 26, 24, 29, 30);
        assertThat(nurses.onet().get(1).specialty()).isTrue();
        assertThat(nurses.onet()).allSatisfy(d -> assertThat(d.tools()).isNotEmpty());
        assertThat(nurses.mainOnet().technologySkills()).anySatisfy(skill -> {
            assertThat(skill.example()).isEqualTo("Epic Systems");
            assertThat(skill.hotTechnology()).isTrue();
        });
    }

    @Test
    void theO_NetSourcesOfTheWorkDetailsAreListed() {
        OccupationProfile profile = profiles.profile("31-9091", "KY-bluegrass").orElseThrow();

        assertThat(profile.sources())
                .extracting(DataSource::label)
                .contains("Job zone", "Tools used", "Technology skills", "Tasks");
    }
}
