package org.waypoint.service.reference;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.waypoint.persistence.reference.InDemandOccupation;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.StateProfile;

/**
 * DEMO SEED DATA for the embedded demo only: in-demand lists for Kentucky's state board and the
 * Bluegrass and Kentuckiana Works local boards. They are NOT the boards' lists (WIOA sec. 3(23)
 * leaves that decision to them): the occupations were picked from KYSTATS' Occupational Outlook
 * 2022-2032 (../shared/data/kystats) as those that grow at least as fast as all jobs in the area,
 * with a median wage of at least $35,000 and the most openings, so that the demo shows the label on
 * real occupations. The source column says so. Georgia gets none: no projections are loaded for it,
 * and its plans say so.
 */
public final class DemoInDemandLists {

    private static final String SOURCE = "Demo list from KYSTATS Occupational Outlook 2022-2032, not the board's";

    private record Entry(String soc, String title) {}

    private static final List<Entry> KENTUCKY = List.of(
            new Entry("53-7065", "Stockers and Order Fillers"),
            new Entry("11-1021", "General and Operations Managers"),
            new Entry("53-3032", "Heavy and Tractor-Trailer Truck Drivers"),
            new Entry("31-1131", "Nursing Assistants"),
            new Entry("29-1141", "Registered Nurses"),
            new Entry("53-3033", "Light Truck Drivers"),
            new Entry("31-9092", "Medical Assistants"),
            new Entry("49-9071", "Maintenance and Repair Workers, General"),
            new Entry("43-6013", "Medical Secretaries and Administrative Assistants"),
            new Entry("47-2061", "Construction Laborers"),
            new Entry("29-2061", "Licensed Practical and Licensed Vocational Nurses"),
            new Entry("47-2111", "Electricians"));

    private static final List<Entry> BLUEGRASS = List.of(
            new Entry("29-1141", "Registered Nurses"),
            new Entry("31-1131", "Nursing Assistants"),
            new Entry("31-9092", "Medical Assistants"),
            new Entry("31-9091", "Dental Assistants"),
            new Entry("43-6013", "Medical Secretaries and Administrative Assistants"),
            new Entry("49-9071", "Maintenance and Repair Workers, General"),
            new Entry("53-3033", "Light Truck Drivers"),
            new Entry("29-2061", "Licensed Practical and Licensed Vocational Nurses"),
            new Entry("47-2111", "Electricians"));

    private static final List<Entry> KENTUCKIANA = List.of(
            new Entry("53-7062", "Laborers and Freight, Stock, and Material Movers, Hand"),
            new Entry("29-1141", "Registered Nurses"),
            new Entry("53-3032", "Heavy and Tractor-Trailer Truck Drivers"),
            new Entry("31-1131", "Nursing Assistants"),
            new Entry("49-9071", "Maintenance and Repair Workers, General"),
            new Entry("31-9092", "Medical Assistants"));

    private DemoInDemandLists() {}

    /**
     * Adds the demo lists when no list is loaded yet: on the embedded demo at start-up, and by the
     * integration tests' fixture on PostgreSQL, where a production start seeds no demo data.
     */
    public static void seed(EntityManager em) {
        long any = em.createQuery("SELECT COUNT(o) FROM InDemandOccupation o", Long.class)
                .getSingleResult();
        if (any > 0) {
            return;
        }
        StateProfile kentucky = em.find(StateProfile.class, "KY");
        KENTUCKY.forEach(e -> em.persist(new InDemandOccupation(kentucky, null, e.soc(), e.title(), SOURCE)));
        local(em, kentucky, "Bluegrass", BLUEGRASS);
        local(em, kentucky, "Kentuckiana Works", KENTUCKIANA);
    }

    private static void local(EntityManager em, StateProfile state, String lwdaName, List<Entry> entries) {
        em.createNamedQuery(Lwda.FIND_BY_STATE_AND_NAME, Lwda.class)
                .setParameter("state", state.getCode())
                .setParameter("name", lwdaName)
                .getResultStream()
                .findFirst()
                .ifPresent(lwda -> entries.forEach(
                        e -> em.persist(new InDemandOccupation(state, lwda, e.soc(), e.title(), SOURCE))));
    }
}
