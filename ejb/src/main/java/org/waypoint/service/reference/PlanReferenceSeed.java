package org.waypoint.service.reference;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.waypoint.persistence.reference.IndustrySector;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.StateProfile;

/**
 * What a plan picks from on a new installation, each part only while its table is empty so an
 * admin's edits are never undone. The state plans' target sectors go to every database. The rest is
 * demonstration data for the embedded demo only, because it is made up: local sectors, a short
 * Kentucky Eligible Training Provider List and ITA caps. On a real installation the state's ETPL
 * and the local boards' sectors and caps are entered in Administration (or imported) instead.
 */
final class PlanReferenceSeed {

    /** A sector as seeded: no LWDA for the state plan's. */
    private record Sector(String state, String lwda, String name, String description) {}

    /**
     * The five target sectors of each state's WIOA state plan, by the names the plans use (Kentucky:
     * the sectors Kentucky 24-003 section B points the IEP to). A state admin keeps them current when
     * the plan is modified.
     */
    private static final List<Sector> STATE_PLANS = List.of(
            new Sector(
                    "KY",
                    null,
                    "Advanced Manufacturing",
                    "Automotive and aerospace parts, machinery, chemicals, food processing (NAICS 31-33)."),
            new Sector(
                    "KY",
                    null,
                    "Healthcare and Social Assistance",
                    "Hospitals, ambulatory care, nursing and residential care, social assistance (NAICS 62)."),
            new Sector(
                    "KY",
                    null,
                    "Transportation, Distribution and Logistics",
                    "Trucking, warehousing, air cargo and wholesale distribution (NAICS 42, 48-49)."),
            new Sector(
                    "KY",
                    null,
                    "Construction and Skilled Trades",
                    "Building, heavy and civil construction and the specialty trades (NAICS 23)."),
            new Sector(
                    "KY",
                    null,
                    "Business and IT Services",
                    "Information technology, finance and insurance, professional and business services"
                            + " (NAICS 51, 52, 54, 56)."),
            new Sector("GA", null, "Advanced Manufacturing", "Manufacturing (NAICS 31-33)."),
            new Sector("GA", null, "Healthcare", "Health care and social assistance (NAICS 62)."),
            new Sector(
                    "GA",
                    null,
                    "Information Technology",
                    "Information, computer systems design and related services (NAICS 51, 5415)."),
            new Sector(
                    "GA",
                    null,
                    "Logistics and Transportation",
                    "Transportation, warehousing and wholesale distribution (NAICS 42, 48-49)."),
            new Sector("GA", null, "Construction", "Construction (NAICS 23)."));

    /**
     * DEMO SEED DATA, not taken from any local plan: plausible regional sectors for the two demo
     * LWDAs, which their admins replace with their local plans' own.
     */
    private static final List<Sector> DEMO_LOCAL_PLANS = List.of(
            new Sector(
                    "KY",
                    "Bluegrass",
                    "Equine and Agriculture",
                    "Thoroughbred farms, equine health care and agribusiness around Lexington (demo entry)."),
            new Sector(
                    "KY",
                    "Bluegrass",
                    "Distilled Spirits and Agritourism",
                    "Distilleries, cooperage and visitor operations in Franklin, Woodford and Anderson"
                            + " counties (demo entry)."),
            new Sector(
                    "KY",
                    "Kentuckiana Works",
                    "Food and Beverage",
                    "Food and beverage manufacturing, culinary and hospitality in the Louisville region"
                            + " (demo entry)."));

    /** ITA caps for the demo: Bluegrass $7,500, every other Kentucky LWDA $10,000. Made up. */
    private static final BigDecimal DEMO_BLUEGRASS_CAP = new BigDecimal("7500.00");

    private static final BigDecimal DEMO_CAP = new BigDecimal("10000.00");

    private PlanReferenceSeed() {}

    /** Adds the state plans' sectors when there are no sectors yet; returns how many. */
    static int stateSectors(EntityManager em) {
        if (count(em, "SELECT COUNT(s) FROM IndustrySector s") > 0) {
            return 0;
        }
        STATE_PLANS.forEach(s -> persist(em, s));
        return STATE_PLANS.size();
    }

    /**
     * Adds the demonstration local sectors (when no LWDA has any yet), the demonstration in-demand
     * lists (when none is loaded), the demonstration Kentucky ETPL and the ITA caps (when the list is empty; only LWDAs without a cap get one).
     */
    static void demo(EntityManager em) {
        if (count(em, "SELECT COUNT(s) FROM IndustrySector s WHERE s.lwda IS NOT NULL") == 0) {
            DEMO_LOCAL_PLANS.forEach(s -> persist(em, s));
        }
        DemoInDemandLists.seed(em);
        if (count(em, "SELECT COUNT(t) FROM TrainingProgram t") > 0) {
            return;
        }
        StateProfile kentucky = em.find(StateProfile.class, "KY");
        DemoTrainingPrograms.KENTUCKY.forEach(p -> em.persist(p.toEntity(kentucky)));
        em.createQuery("SELECT l FROM Lwda l WHERE l.state.code = 'KY' AND l.itaLimit IS NULL", Lwda.class)
                .getResultList()
                .forEach(l -> l.setItaLimit("Bluegrass".equals(l.getName()) ? DEMO_BLUEGRASS_CAP : DEMO_CAP));
    }

    private static void persist(EntityManager em, Sector s) {
        StateProfile state = em.find(StateProfile.class, s.state());
        Lwda lwda = s.lwda() == null
                ? null
                : em.createNamedQuery(Lwda.FIND_BY_STATE_AND_NAME, Lwda.class)
                        .setParameter("state", s.state())
                        .setParameter("name", s.lwda())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (s.lwda() != null && lwda == null) {
            return; // an admin renamed the demo LWDA: nothing to attach the demo sector to
        }
        em.persist(new IndustrySector(state, lwda, s.name(), s.description()));
    }

    private static long count(EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
