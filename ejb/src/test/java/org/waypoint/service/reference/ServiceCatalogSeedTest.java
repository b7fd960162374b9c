package org.waypoint.service.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.service.plan.YouthProgramElement;

/** The catalog Kentucky and Georgia start with (service-catalog.csv) keeps the rules it is checked by. */
class ServiceCatalogSeedTest {

    private final List<ServiceCodeInput> seed =
            ServiceCatalogSeed.rows(ReferenceDataLoader.csv(ServiceCatalogSeed.FILE));

    @Test
    @DisplayName("every seeded code keeps its category's rules and fits its columns; codes are unique")
    void everyCodeKeepsTheRules() {
        assertThat(seed).hasSizeGreaterThan(50);
        assertThat(seed).allSatisfy(code -> {
            assertThat(ServiceCatalogRules.check(code)).as(code.code()).isEmpty();
            assertThat(code.code()).matches(ServiceCode.CODE_PATTERN).hasSizeLessThanOrEqualTo(ServiceCode.CODE_LENGTH);
            assertThat(code.name()).isNotBlank().hasSizeLessThanOrEqualTo(ServiceCode.NAME_LENGTH);
            assertThat(code.programs()).isNotEmpty();
        });
        assertThat(seed).extracting(ServiceCodeInput::code).doesNotHaveDuplicates();
        assertThat(seed).extracting(ServiceCodeInput::category).contains(ServiceCategory.values());
    }

    @Test
    @DisplayName("20 CFR 681.460(a): the 14 youth program elements, once each, named and numbered as the ISS does")
    void theFourteenYouthElements() {
        List<ServiceCodeInput> elements =
                seed.stream().filter(c -> c.youthElement() != null).toList();

        assertThat(elements)
                .extracting(ServiceCodeInput::youthElement)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 14).boxed().toList());
        assertThat(elements).allSatisfy(c -> assertThat(c.name())
                .isEqualTo(
                        YouthProgramElement.of(c.youthElement()).orElseThrow().label()));
        assertThat(elements).allSatisfy(c -> assertThat(c.programs())
                .containsExactly(Program.YOUTH_IN_SCHOOL, Program.YOUTH_OUT_OF_SCHOOL));
    }

    @Test
    @DisplayName("20 CFR 677.150(c)(1)(i): self-service, information-only and follow-up codes do not hold the exit")
    void servicesThatDoNotHoldTheExit() {
        assertThat(seed)
                .filteredOn(c -> c.category() == ServiceCategory.SELF_SERVICE_INFORMATION
                        || c.category() == ServiceCategory.FOLLOW_UP)
                .hasSizeGreaterThanOrEqualTo(4)
                .noneMatch(ServiceCodeInput::keepsExitClock);
        assertThat(seed)
                .filteredOn(c -> c.category() == ServiceCategory.INDIVIDUALIZED_CAREER
                        || c.category() == ServiceCategory.TRAINING)
                .allMatch(c -> c.participationLevel() && c.keepsExitClock());
    }

    @Test
    @DisplayName("PIRL 1200/1201 come from every individualized career service, 1302 from every training service")
    void pirlDatesFedByTheirCategories() {
        assertThat(seed)
                .filteredOn(c -> c.category() == ServiceCategory.INDIVIDUALIZED_CAREER)
                .allSatisfy(c -> assertThat(c.pirlElements()).contains(1200, 1201));
        assertThat(seed)
                .filteredOn(c -> c.category() == ServiceCategory.TRAINING)
                .allSatisfy(c -> assertThat(c.pirlElements()).contains(1300, 1302));
        assertThat(seed)
                .filteredOn(c -> c.category() == ServiceCategory.SUPPORTIVE)
                .allSatisfy(c -> assertThat(c.pirlElements()).contains(1409));
    }
}
