package org.waypoint.service.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;

/** What a service code may say given its category, rule by rule. */
class ServiceCatalogRulesTest {

    private static final Set<Program> ADULT_DW = EnumSet.of(Program.ADULT, Program.DISLOCATED_WORKER);
    private static final Set<Program> YOUTH = EnumSet.of(Program.YOUTH_IN_SCHOOL, Program.YOUTH_OUT_OF_SCHOOL);

    @Test
    @DisplayName("a consistent training code passes")
    void aConsistentCodePasses() {
        assertThat(ServiceCatalogRules.check(
                        code(ServiceCategory.TRAINING, null, ADULT_DW, true, true, List.of(1300, 1302))))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "20 CFR 677.150(a)(3), (c)(1)(i): self-service and information-only neither make a participant nor hold the exit")
    void selfServiceMakesNoParticipantAndHoldsNoExit() {
        assertThat(ServiceCatalogRules.check(
                        code(ServiceCategory.SELF_SERVICE_INFORMATION, null, ADULT_DW, true, true, List.of(1000))))
                .containsOnlyKeys("participationLevel", "keepsExitClock")
                .hasEntrySatisfying("participationLevel", m -> assertThat(m).contains("677.150(a)(3)"))
                .hasEntrySatisfying("keepsExitClock", m -> assertThat(m).contains("677.150(c)(1)(i)"));
    }

    @Test
    @DisplayName("20 CFR 677.150(c)(1)(i): follow-up services do not hold the exit")
    void followUpHoldsNoExit() {
        assertThat(ServiceCatalogRules.check(
                        code(ServiceCategory.FOLLOW_UP, null, ADULT_DW, false, true, List.of(1503))))
                .containsOnlyKeys("keepsExitClock");
        assertThat(ServiceCatalogRules.check(
                        code(ServiceCategory.FOLLOW_UP, null, ADULT_DW, true, false, List.of(1503))))
                .containsOnlyKeys("participationLevel");
    }

    @Test
    @DisplayName("20 CFR 677.150(c)(1): only a participation-level service keeps the exit clock running")
    void theExitClockNeedsParticipation() {
        assertThat(ServiceCatalogRules.check(code(ServiceCategory.SUPPORTIVE, null, ADULT_DW, false, true, List.of())))
                .containsOnlyKeys("keepsExitClock");
    }

    @Test
    @DisplayName("20 CFR 681.460(a), WIOA 129(c)(2): a youth element code names its element and is youth-funded")
    void aYouthElementNamesItsElementAndIsYouthFunded() {
        assertThat(ServiceCatalogRules.check(
                        code(ServiceCategory.YOUTH_ELEMENT, null, EnumSet.of(Program.ADULT), true, true, List.of())))
                .containsOnlyKeys("youthElement", "programs");
        assertThat(ServiceCatalogRules.check(code(ServiceCategory.YOUTH_ELEMENT, 8, YOUTH, true, true, List.of(1410))))
                .isEmpty();
        assertThat(ServiceCatalogRules.check(code(ServiceCategory.SUPPORTIVE, 7, ADULT_DW, false, false, List.of())))
                .as("an element number on a code no youth program funds")
                .containsOnlyKeys("youthElement");
    }

    @Test
    @DisplayName("20 CFR 681.460(a)(9): youth element 9 is follow-up, so its category is follow-up")
    void elementNineIsFollowUp() {
        assertThat(ServiceCatalogRules.check(code(ServiceCategory.YOUTH_ELEMENT, 9, YOUTH, true, true, List.of())))
                .containsOnlyKeys("category");
        assertThat(ServiceCatalogRules.check(code(ServiceCategory.FOLLOW_UP, 9, YOUTH, false, false, List.of(1412))))
                .isEmpty();
    }

    @Test
    @DisplayName("PIRL layout PY2022 Q4: only service elements, at most 10")
    void pirlElementsAreServiceElements() {
        assertThat(ServiceCatalogRules.check(
                        code(ServiceCategory.TRAINING, null, ADULT_DW, true, true, List.of(1302, 1999, 100))))
                .containsOnlyKeys("pirlElements")
                .hasEntrySatisfying("pirlElements", m -> assertThat(m).startsWith("1999, 100 are not PIRL elements"));
        assertThat(ServiceCatalogRules.check(code(
                        ServiceCategory.BASIC_CAREER,
                        null,
                        ADULT_DW,
                        true,
                        true,
                        List.of(1001, 1003, 1004, 1100, 1101, 1102, 1103, 1104, 1105, 1112, 1116))))
                .containsOnlyKeys("pirlElements");
    }

    private static ServiceCodeInput code(
            ServiceCategory category,
            Integer youthElement,
            Set<Program> programs,
            boolean participation,
            boolean exitClock,
            List<Integer> pirl) {
        return new ServiceCodeInput(
                "KY", "X-1", "A service", category, youthElement, programs, participation, exitClock, pirl, null);
    }
}
