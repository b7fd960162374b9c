package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.util.List;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Probe;
import org.waypoint.service.platform.HealthService;
import org.waypoint.service.platform.StartupAccounts;
import org.waypoint.service.reference.ReferenceDataLoader;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.CountyArea;

/**
 * The platform as deployed: EclipseLink is the JPA provider on WildFly, Flyway has migrated the
 * schema, the shipped reference data is loaded once however often Waypoint starts, and demo users
 * exist only on the embedded database.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PlatformIT.class);
    }

    @EJB
    private Probe probe;

    @EJB
    private ReferenceService reference;

    @EJB
    private ReferenceDataLoader referenceLoader;

    @EJB
    private StartupAccounts startupAccounts;

    @EJB
    private HealthService health;

    /**
     * Issue 12: the synthetic data generator and the JDBC drivers it runs with live in the tools
     * module; nothing of them ships to an agency's server.
     */
    @Test
    @RunAsClient
    void theEarShipsNoDeveloperTools() throws Exception {
        List<String> shipped = new java.util.ArrayList<>();
        try (var ear = new java.util.zip.ZipFile(System.getProperty("waypoint.ear", "target/waypoint.ear"))) {
            for (var entry : java.util.Collections.list(ear.entries())) {
                shipped.add(entry.getName());
                if (entry.getName().endsWith(".jar") || entry.getName().endsWith(".war")) {
                    try (var module = new java.util.zip.ZipInputStream(ear.getInputStream(entry))) {
                        for (var inner = module.getNextEntry(); inner != null; inner = module.getNextEntry()) {
                            shipped.add(entry.getName() + "!" + inner.getName());
                        }
                    }
                }
            }
        }
        assertThat(shipped)
                .anyMatch(name ->
                        name.endsWith("waypoint-ejb.jar!org/waypoint/service/participant/ParticipantService.class"));
        assertThat(shipped)
                .noneMatch(name -> name.contains("Synthetic") || name.contains("org/waypoint/tools/"))
                .noneMatch(name -> name.contains("waypoint-tools") || name.matches("lib/(h2|postgresql)[^/]*\\.jar"));
    }

    @Test
    void eclipseLinkNotHibernateIsTheProvider() {
        JpaEntityManager eclipseLink = probe.entityManager().unwrap(JpaEntityManager.class);
        assertThat(eclipseLink).isNotNull();
        assertThat(eclipseLink.getClass().getName()).startsWith("org.eclipse.persistence.");
        assertThat(org.eclipse.persistence.Version.getVersion()).startsWith("4.0.8");
        assertThat(eclipseLink.getServerSession().getServerPlatform().getClass().getName())
                .isEqualTo("org.jipijapa.eclipselink.WildFlyServerPlatform");
        assertThat(probe.entityManager().getEntityManagerFactory().getClass().getName())
                .doesNotContain("hibernate");
    }

    @Test
    void everyMigrationAppliedSuccessfully() {
        List<?> failed =
                probe.nativeList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = FALSE");
        List<?> applied = probe.nativeList(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
        assertThat(failed).isEmpty();
        assertThat(applied)
                .extracting(String::valueOf)
                // 0: the baseline Flyway sets when JBeret has created its job repository's tables first
                .filteredOn(version -> !version.equals("0"))
                .containsExactly(
                        "1", "1.1", "2", "3", "4", "5", "6", "6.1", "7", "7.1", "7.2", "8", "9", "10", "11", "12",
                        "12.1", "13", "14", "15", "16", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27",
                        "28", "29", "30", "31", "32", "33", "34", "35", "36", "37");
    }

    @Test
    void shippedReferenceDataIsLoaded() {
        assertThat(probe.count("SELECT COUNT(l) FROM Lwda l WHERE l.state.code = ?1 AND l.code NOT LIKE 'RT%'", "KY"))
                .as("Kentucky's 10 LWDAs (the reports tests add areas coded RT...)")
                .isEqualTo(10);
        assertThat(probe.count(
                        "SELECT COUNT(l) FROM Lwda l WHERE l.state.code = ?1 AND l.code BETWEEN '01' AND '19'", "GA"))
                .as("Georgia's 19 numbered LWDAs (other tests may add areas of their own)")
                .isEqualTo(19);
        assertThat(probe.count("SELECT COUNT(c) FROM County c WHERE c.state.code = ?1", "KY"))
                .isEqualTo(120);
        assertThat(probe.count("SELECT COUNT(c) FROM County c WHERE c.state.code = ?1", "GA"))
                .isEqualTo(159);
        assertThat(probe.count("SELECT COUNT(c) FROM County c WHERE c.state.code = ?1 AND c.lwda IS NULL", "KY"))
                .as("every Kentucky county belongs to a Local Workforce Area")
                .isZero();
        assertThat(probe.count("SELECT COUNT(z) FROM ZipCounty z")).isEqualTo(1435 + 1586);
    }

    @Test
    void theStatePlansTargetSectorsAreSeededAndTheDemoEtplOnlyOnTheEmbeddedDatabase() {
        assertThat(probe.count(
                        "SELECT COUNT(s) FROM IndustrySector s WHERE s.lwda IS NULL AND s.state.code = ?1"
                                + " AND s.name IN ('Advanced Manufacturing', 'Healthcare and Social Assistance',"
                                + " 'Transportation, Distribution and Logistics', 'Construction and Skilled Trades',"
                                + " 'Business and IT Services')",
                        "KY"))
                .isEqualTo(5);
        assertThat(probe.count(
                        "SELECT COUNT(s) FROM IndustrySector s WHERE s.lwda IS NULL AND s.state.code = ?1"
                                + " AND s.name IN ('Advanced Manufacturing', 'Healthcare', 'Information Technology',"
                                + " 'Logistics and Transportation', 'Construction')",
                        "GA"))
                .isEqualTo(5);
        long demoPrograms = probe.count(
                "SELECT COUNT(t) FROM TrainingProgram t WHERE t.provider = ?1 AND t.cipCode = '51.0805'",
                "Owensboro Community and Technical College");
        assertThat(demoPrograms)
                .as("made-up ETPL entries only in the embedded demo")
                .isEqualTo(probe.isPostgres() ? 0 : 1);
    }

    @Test
    void aZipResolvesToItsCountyAndLwda() {
        assertThat(reference.resolveZip("40507"))
                .extracting(CountyArea::county, CountyArea::lwdaName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fayette", "Bluegrass"));
        assertThat(reference.resolveZip("40202"))
                .extracting(CountyArea::lwdaName)
                .containsOnly("Kentuckiana Works");
        assertThat(reference.resolveZip("99999")).isEmpty();
    }

    @Test
    void aZipInSeveralCountiesListsEachCounty() {
        String zip = (String) probe.nativeList(
                        "SELECT zip FROM zip_county WHERE county_fips LIKE '21%' GROUP BY zip HAVING COUNT(*) > 1 ORDER BY zip")
                .get(0);
        assertThat(reference.resolveZip(zip)).hasSizeGreaterThan(1);
    }

    @Test
    void startingAgainDuplicatesNothing() {
        long lwdas = probe.count("SELECT COUNT(l) FROM Lwda l");
        long counties = probe.count("SELECT COUNT(c) FROM County c");
        long zips = probe.count("SELECT COUNT(z) FROM ZipCounty z");
        long staff = probe.count("SELECT COUNT(a) FROM StaffAccount a");
        long participants = probe.count("SELECT COUNT(p) FROM Participant p");
        long offices = probe.count("SELECT COUNT(o) FROM Office o");
        long sectors = probe.count("SELECT COUNT(s) FROM IndustrySector s");
        long programs = probe.count("SELECT COUNT(t) FROM TrainingProgram t");

        referenceLoader.load();
        startupAccounts.create();

        assertThat(probe.count("SELECT COUNT(l) FROM Lwda l")).isEqualTo(lwdas);
        assertThat(probe.count("SELECT COUNT(c) FROM County c")).isEqualTo(counties);
        assertThat(probe.count("SELECT COUNT(z) FROM ZipCounty z")).isEqualTo(zips);
        assertThat(probe.count("SELECT COUNT(a) FROM StaffAccount a")).isEqualTo(staff);
        assertThat(probe.count("SELECT COUNT(p) FROM Participant p")).isEqualTo(participants);
        assertThat(probe.count("SELECT COUNT(o) FROM Office o")).isEqualTo(offices);
        assertThat(probe.count("SELECT COUNT(s) FROM IndustrySector s")).isEqualTo(sectors);
        assertThat(probe.count("SELECT COUNT(t) FROM TrainingProgram t")).isEqualTo(programs);
    }

    @Test
    void demoUsersExistOnlyOnTheEmbeddedDatabase() {
        long demoAccounts = probe.count("SELECT COUNT(a) FROM StaffAccount a WHERE a.demo = TRUE AND a.enabled = TRUE");
        if (probe.isPostgres()) {
            assertThat(startupAccounts.isDemo()).isFalse();
            assertThat(demoAccounts)
                    .as("a production database gets no demo users")
                    .isZero();
        } else {
            assertThat(startupAccounts.isDemo()).isTrue();
            assertThat(demoAccounts)
                    .as("the five demo roles and the bilingual case manager")
                    .isEqualTo(6);
        }
    }

    @Test
    void healthReportsTheDatabaseUp() {
        HealthService.Health result = health.check();
        assertThat(result.up()).isTrue();
        assertThat(result.schemaVersion()).isEqualTo("37");
    }
}
