package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.persistence.participant.SelectiveService;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.StateProfile;

/** Issue 13 item 5: what the participant record pre-fills, and what it must leave to staff. */
class ParticipantFactsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private static Participant participant() {
        Lwda lwda = new Lwda(new StateProfile("KY", "Kentucky", 90, 6), "bluegrass", "Bluegrass");
        return new Participant("WP-TEST0001", "Ana", "Pre", LocalDate.of(2004, 2, 2), lwda);
    }

    @Test
    @DisplayName("WIOA 3(36)(A)(i): SSI is public assistance, SSDI is not, the old combined answer is neither")
    void ssiAndSsdiAreSeparateFacts() {
        Participant p = participant();
        p.getPublicAssistance().add(org.waypoint.persistence.participant.PublicAssistance.SSDI);
        p.getPublicAssistance().add(org.waypoint.persistence.participant.PublicAssistance.SSI_SSDI);
        assertThat(ParticipantFacts.of(p, AS_OF).publicAssistance()).isEmpty();

        p.getPublicAssistance().add(org.waypoint.persistence.participant.PublicAssistance.SSI);
        assertThat(ParticipantFacts.of(p, AS_OF).publicAssistance()).containsExactly(PublicAssistance.SSI);
    }

    @Test
    @DisplayName(
            "681.210(c)(6), 3(36)(A)(v): in or aged out of foster care is a barrier, not a foster child with payments")
    void fosterCareIsNotAFosterChildWithPayments() {
        Participant p = participant();
        p.getBarriers().add(Barrier.FOSTER_CARE);

        EligibilityFacts facts = ParticipantFacts.of(p, AS_OF);

        assertThat(facts.fosterChild()).isNull();
        assertThat(facts.youthBarriers())
                .containsExactly(org.waypoint.service.eligibility.Barrier.HOMELESS_RUNAWAY_FOSTER);
    }

    @Test
    @DisplayName("683.225: EXEMPT is the exemption path, not 'not registered'; UNDER_18 leaves it to the age")
    void selectiveServiceAnswers() {
        Participant p = participant();
        p.setSelectiveService(SelectiveService.EXEMPT);
        EligibilityFacts exempt = ParticipantFacts.of(p, AS_OF);
        assertThat(exempt.selectiveServiceExempt()).isTrue();
        assertThat(exempt.selectiveServiceRegistered()).isNull();

        p.setSelectiveService(SelectiveService.UNDER_18);
        EligibilityFacts under18 = ParticipantFacts.of(p, AS_OF);
        assertThat(under18.selectiveServiceRegistered()).isNull();
        assertThat(under18.selectiveServiceExempt()).isNull();

        p.setSelectiveService(SelectiveService.NOT_REGISTERED);
        assertThat(ParticipantFacts.of(p, AS_OF).selectiveServiceRegistered()).isFalse();
    }

    @Test
    @DisplayName("681.210(c)(1): a record saying dropout and diploma pre-fills no dropout barrier")
    void dropoutBesideADiplomaIsNotPrefilled() {
        Participant p = participant();
        p.setSchoolStatus(SchoolStatus.NOT_IN_SCHOOL_DROPOUT);
        p.setEducationLevel(EducationLevel.SECONDARY_EQUIVALENCY);

        EligibilityFacts facts = ParticipantFacts.of(p, AS_OF);

        assertThat(facts.holdsSecondaryDiploma()).isTrue();
        assertThat(facts.youthBarriers()).isEmpty();
    }
}
