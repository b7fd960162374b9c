package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which figures exist for an area, on the shipped data (KYSTATS 2022-2032 for Kentucky and its LWAs,
 * BLS OEWS national wages): a Kentucky LWA has everything, the nation only wages, and a Georgia
 * career seeker is told that no Georgia figures are imported and that the wages are national
 * (issue 20).
 */
class AreaCoveragesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static LmiDatabase db;
    private static LmiData data;
    private static AreaCoverages coverages;

    @BeforeAll
    static void importEverythingShipped() throws Exception {
        db = new LmiDatabase();
        db.importEverythingShipped();
        data = db.data();
        coverages = new AreaCoverages(data);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void aKentuckyLwaHasProjectionsOpeningsAndWages() {
        AreaCoverage coverage = coverages.of(data.area("KY-bluegrass").orElseThrow(), "KY", "Kentucky");

        assertThat(coverage.projections()).isTrue();
        assertThat(coverage.wages()).isTrue();
        assertThat(coverage.projectionSource()).isEqualTo("KYSTATS Occupational Outlook 2022-2032");
        assertThat(coverage.homeState()).isNull();
        assertThat(coverage.homeStateFigures()).isTrue();
        assertThat(coverage.nationalWagesOnly()).isFalse();
        assertThat(coverage.statement().english())
                .isEqualTo("Figures for Bluegrass LWA: employment projections, openings and wages"
                        + " (KYSTATS Occupational Outlook 2022-2032).");
    }

    @Test
    void theNationHasNationalWagesOnly() {
        AreaCoverage coverage = coverages.of(data.area("US").orElseThrow());

        assertThat(coverage.projections()).isFalse();
        assertThat(coverage.wages()).isTrue();
        assertThat(coverage.nationalWagesOnly()).isTrue();
        assertThat(coverage.statement().english())
                .startsWith("Figures for " + data.area("US").orElseThrow().name() + ": national wages only (")
                .endsWith("); no employment projections or openings are loaded for the nation.");
        assertThat(coverage.statement().english()).contains(coverage.wageSource());
    }

    @Test
    void aGeorgiaCareerSeekerIsToldNoGeorgiaFiguresAreImportedAndTheWagesAreNational() {
        // LmiService.areaForParticipant gives a Georgia participant the nation: no Georgia area has figures
        assertThat(data.area("GA")).isEmpty();
        assertThat(data.areas()).noneMatch(area -> "GA".equals(area.state()));

        AreaCoverage coverage = coverages.of(data.area("US").orElseThrow(), "GA", "Georgia");

        assertThat(coverage.homeState()).isEqualTo("GA");
        assertThat(coverage.homeStateFigures()).isFalse();
        assertThat(coverage.nationalWagesOnly()).isTrue();
        assertThat(coverage.statement().english())
                .startsWith("No Georgia figures have been imported: no Georgia projections, openings or state"
                        + " wages. Figures for ")
                .contains("national wages only");
        assertThat(coverage.statement().in(SPANISH))
                .startsWith("No se ha importado ningún dato de Georgia: ni proyecciones, ni vacantes, ni salarios"
                        + " estatales de Georgia. Datos de ")
                .contains("solo salarios nacionales");
    }

    @Test
    void aKentuckyCareerSeekerLookingAtTheNationIsNotToldKentuckyIsMissing() {
        AreaCoverage coverage = coverages.of(data.area("US").orElseThrow(), "KY", "Kentucky");

        assertThat(coverage.homeStateFigures()).isTrue();
        assertThat(coverage.statement().english()).startsWith("Figures for ");
    }

    @Test
    void theProfileCarriesItsAreasCoverage() {
        OccupationProfile profile =
                new OccupationProfiles(data).profile("31-9091", "US").orElseThrow();

        assertThat(profile.coverage().nationalWagesOnly()).isTrue();
        assertThat(profile.projection()).isNull();
        assertThat(profile.wages()).isNotNull();
    }
}
