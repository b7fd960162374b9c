package org.waypoint.service.lmi.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.EducationLevel;

/** Where a participant's pathway starts, from PIRL 408 and the basic skills finding (WIOA sec. 3(5)). */
class StartingJobZoneTest {

    @Test
    void noEducationOnFileStartsAtZoneOne() {
        StartingPoint start = StartingJobZone.of(null, false);

        assertThat(start.jobZone()).isEqualTo(1);
        assertThat(start.soc()).isNull();
        assertThat(start.explanation().english()).isEqualTo("Starts at Job Zone 1: no education is on file.");
    }

    @Test
    void eachEducationLevelAsOnetDescribesItsZones() {
        assertThat(StartingJobZone.zone(EducationLevel.NONE)).isEqualTo(1);
        // a certificate of attendance is not the diploma zone 2 usually asks
        assertThat(StartingJobZone.zone(EducationLevel.DISABILITY_CERTIFICATE)).isEqualTo(1);
        assertThat(StartingJobZone.zone(EducationLevel.SECONDARY_DIPLOMA)).isEqualTo(2);
        assertThat(StartingJobZone.zone(EducationLevel.SECONDARY_EQUIVALENCY)).isEqualTo(2);
        assertThat(StartingJobZone.zone(EducationLevel.SOME_POSTSECONDARY)).isEqualTo(2);
        assertThat(StartingJobZone.zone(EducationLevel.POSTSECONDARY_CERTIFICATE))
                .isEqualTo(3);
        assertThat(StartingJobZone.zone(EducationLevel.ASSOCIATE)).isEqualTo(3);
        assertThat(StartingJobZone.zone(EducationLevel.BACHELOR)).isEqualTo(4);
        assertThat(StartingJobZone.zone(EducationLevel.BEYOND_BACHELOR)).isEqualTo(5);
    }

    @Test
    void aHighSchoolDiplomaStartsAtZoneTwo() {
        StartingPoint start = StartingJobZone.of(EducationLevel.SECONDARY_DIPLOMA, false);

        assertThat(start.jobZone()).isEqualTo(2);
        assertThat(start.explanation().english())
                .isEqualTo("Starts at Job Zone 2: the highest education on file is a high school diploma.");
        assertThat(start.explanation().in(Locale.forLanguageTag("es")))
                .isEqualTo("Parte de la zona de trabajo 2: la educación más alta registrada es un diploma de escuela"
                        + " secundaria.");
    }

    @Test
    void basicSkillsDeficiencyStartsOneZoneLower() {
        StartingPoint start = StartingJobZone.of(EducationLevel.ASSOCIATE, true);

        assertThat(start.jobZone()).isEqualTo(2);
        assertThat(start.explanation().english())
                .isEqualTo("Starts at Job Zone 2: the highest education on file is an associate degree, one zone lower"
                        + " because the assessment found the participant basic skills deficient.");
    }

    @Test
    void basicSkillsDeficiencyNeverStartsBelowZoneOne() {
        assertThat(StartingJobZone.of(EducationLevel.NONE, true).jobZone()).isEqualTo(1);
    }
}
