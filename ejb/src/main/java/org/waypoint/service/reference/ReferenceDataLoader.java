package org.waypoint.service.reference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.waypoint.persistence.eligibility.IncomeSchedule;
import org.waypoint.persistence.reference.AdultFollowUp;
import org.waypoint.persistence.reference.County;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.reference.ZipCounty;
import org.waypoint.service.eligibility.IncomeThresholds;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.StartupAccounts;

/**
 * Loads the reference data shipped in org/waypoint/reference (see SOURCES.md there) on every start:
 * Kentucky and Georgia as policy profiles, their LWDAs, counties and the ZIP-county crosswalk, and
 * the state plans' target sectors ({@link PlanReferenceSeed}; on the embedded demo also demonstration
 * local sectors, ETPL programs and ITA caps), and each state's first service catalog ({@link
 * ServiceCatalogSeed}). Only what is missing is inserted, so a second start
 * duplicates nothing and an administrator's edits (an LWDA renamed, a Georgia county assigned) are kept.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigrator")
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());
    private static final String BASE = "/org/waypoint/reference/";

    @PersistenceContext
    private EntityManager em;

    @jakarta.ejb.EJB
    private DatabaseMigrator migrator;

    /** Runs at every start; safe to run again at any time (it only adds what is missing). */
    @PostConstruct
    public void load() {
        // Compulsory school attendance ends at 18 in Kentucky (KRS 159.010) and 16 in Georgia
        // (O.C.G.A. 20-2-690.1): the missed-quarter youth barrier applies below it (20 CFR 681.210(c)(2)).
        StateProfile kentucky = state("KY", "Kentucky", 90, 18);
        StateProfile georgia = state("GA", "Georgia", null, 16);

        Map<String, Lwda> kyLwdas = new HashMap<>();
        Set<String> counties = new HashSet<>(
                em.createQuery("SELECT c.fips FROM County c", String.class).getResultList());
        int added = 0;
        for (CSVRecord row : csv("ky-lwa-counties.csv")) {
            Lwda lwda = kyLwdas.computeIfAbsent(row.get("lwa"), name -> lwda(kentucky, slug(name), name));
            if (counties.add(row.get("county_fips"))) {
                em.persist(new County(row.get("county_fips"), row.get("county"), kentucky, lwda));
                added++;
            }
        }
        for (CSVRecord row : csv("ga-lwdas.csv")) {
            lwda(georgia, row.get("code"), row.get("name"));
        }
        for (CSVRecord row : csv("ga-counties.csv")) {
            if (counties.add(row.get("county_fips"))) {
                em.persist(new County(row.get("county_fips"), row.get("county"), georgia, null));
                added++;
            }
        }
        em.flush();
        long zips =
                em.createQuery("SELECT COUNT(z) FROM ZipCounty z", Long.class).getSingleResult();
        int zipRows = 0;
        if (zips == 0) {
            for (CSVRecord row : csv("zip-county-ky-ga.csv")) {
                em.persist(new ZipCounty(row.get("zip"), row.get("county")));
                zipRows++;
            }
        }
        incomeSchedules(kentucky);
        incomeSchedules(georgia);
        em.flush();
        int sectors = PlanReferenceSeed.stateSectors(em);
        if (StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            PlanReferenceSeed.demo(em);
            demoPriorityGroup(kyLwdas.get("Bluegrass"));
        }
        if (sectors > 0) {
            LOG.info(() -> "Reference data: the state plans' " + sectors + " target industry sectors added");
        }
        int serviceCodes = ServiceCatalogSeed.seed(em, List.of(kentucky, georgia));
        if (serviceCodes > 0) {
            LOG.info(() -> "Reference data: " + serviceCodes + " service catalog codes added");
        }
        int countiesAdded = added;
        int zipsAdded = zipRows;
        LOG.info(() -> "Reference data: " + countiesAdded + " counties and " + zipsAdded + " ZIP rows added");
    }

    /**
     * Adds to a state's low-income thresholds each built-in HHS poverty guideline schedule (2025,
     * 2026) it does not have yet, so that an existing installation also gets the current year; the
     * state admin adds later years and the 70% LLSIL amounts.
     */
    private void incomeSchedules(StateProfile state) {
        java.util.Set<java.time.LocalDate> present = new java.util.HashSet<>();
        em.createNamedQuery(IncomeSchedule.FIND_BY_STATE, IncomeSchedule.class)
                .setParameter("state", state.getCode())
                .getResultList()
                .forEach(schedule -> present.add(schedule.getEffectiveDate()));
        for (IncomeThresholds.Schedule schedule : IncomeThresholds.federalHhs().schedules()) {
            if (present.contains(schedule.effectiveDate())) {
                continue;
            }
            int year = schedule.effectiveDate().getYear();
            em.persist(new IncomeSchedule(
                    state,
                    schedule.effectiveDate(),
                    schedule.povertyGuidelines(),
                    schedule.povertyGuidelineIncrement(),
                    schedule.llsil70Percent(),
                    schedule.llsil70PercentIncrement(),
                    "HHS poverty guidelines for " + year + ", 48 contiguous states and DC; 70% LLSIL not entered"));
        }
    }

    private StateProfile state(String code, String name, Integer reviewDays, int compulsorySchoolAge) {
        StateProfile state = em.find(StateProfile.class, code);
        if (state == null) {
            state = new StateProfile(code, name, reviewDays, 6);
            // Kentucky 24-003: the IEP/ISS "is completed prior to enrollment of career training services".
            // V16 sets it on a database that already had the state; a new database gets the state here.
            state.setTrainingRequiresSignedPlan("KY".equals(code));
            // Georgia 3.3.1 I.E: Adult and DW follow-up for twelve months after exit to unsubsidized
            // employment. V20 sets it on a database that already had the state.
            state.setAdultFollowUp("GA".equals(code) ? AdultFollowUp.EMPLOYED_EXITERS : AdultFollowUp.ALL_EXITERS);
            em.persist(state);
        }
        if (state.getCompulsorySchoolAge() == null) {
            state.setCompulsorySchoolAge(compulsorySchoolAge);
        }
        return state;
    }

    /**
     * A demonstration of the fourth priority-of-service tier (TEGL 19-16): a group the local board
     * set beyond the statutory ones. Not a real board's policy; kept if an administrator changed it.
     */
    private static void demoPriorityGroup(Lwda bluegrass) {
        if (bluegrass != null && bluegrass.getLocalPriorityGroup() == null) {
            bluegrass.setLocalPriorityGroup("Demonstration: long-term unemployed (27 weeks or more)");
        }
    }

    private Lwda lwda(StateProfile state, String code, String name) {
        List<Lwda> found = em.createQuery(
                        "SELECT l FROM Lwda l WHERE l.state.code = :state AND l.code = :code", Lwda.class)
                .setParameter("state", state.getCode())
                .setParameter("code", code)
                .getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Lwda lwda = new Lwda(state, code, name);
        em.persist(lwda);
        return lwda;
    }

    /** "Kentuckiana Works" becomes "kentuckiana-works". */
    static String slug(String name) {
        return name.trim().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static List<CSVRecord> csv(String file) {
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("Reference file " + file + " is missing from the build");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + file, e);
        }
    }
}
