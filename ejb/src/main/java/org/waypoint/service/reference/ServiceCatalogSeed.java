package org.waypoint.service.reference;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.service.plan.YouthProgramElement;

/**
 * The service catalog a state starts with: the federal kinds of service in service-catalog.csv (see
 * SOURCES.md), added to every served state that has no code yet, on every database, because they
 * are federal categories rather than made-up data. A state admin then adapts the catalog; since the
 * seed only fills an empty catalog, their edits are never undone. The youth program elements take
 * their names from {@link YouthProgramElement}, so the catalog and the ISS number them alike.
 */
final class ServiceCatalogSeed {

    static final String FILE = "service-catalog.csv";

    private ServiceCatalogSeed() {}

    /** Adds the seed to each state whose catalog is empty; returns how many codes were added. */
    static int seed(EntityManager em, List<StateProfile> states) {
        List<ServiceCodeInput> rows = rows(ReferenceDataLoader.csv(FILE));
        int added = 0;
        for (StateProfile state : states) {
            long present = em.createNamedQuery(ServiceCode.COUNT_BY_STATE, Long.class)
                    .setParameter("state", state.getCode())
                    .getSingleResult();
            if (present > 0) {
                continue;
            }
            for (ServiceCodeInput row : rows) {
                ServiceCode code = new ServiceCode(state, row.code());
                code.setName(row.name());
                code.setCategory(row.category());
                code.setYouthElement(row.youthElement());
                code.setPrograms(row.programs());
                code.setParticipationLevel(row.participationLevel());
                code.setKeepsExitClock(row.keepsExitClock());
                code.setPirlElements(row.pirlElements());
                em.persist(code);
                added++;
            }
        }
        return added;
    }

    /** The seed file's rows as a state admin would have entered them. */
    static List<ServiceCodeInput> rows(List<CSVRecord> records) {
        return records.stream().map(ServiceCatalogSeed::row).toList();
    }

    private static ServiceCodeInput row(CSVRecord r) {
        Integer element = r.get("youth_element").isBlank() ? null : Integer.valueOf(r.get("youth_element"));
        String name = r.get("name").isBlank()
                ? YouthProgramElement.of(element)
                        .map(YouthProgramElement::label)
                        .orElseThrow(() -> new IllegalStateException("No name for " + r.get("code")))
                : r.get("name");
        Set<Program> programs = EnumSet.noneOf(Program.class);
        Arrays.stream(r.get("programs").trim().split(" +"))
                .map(Program::valueOf)
                .forEach(programs::add);
        List<Integer> pirl = r.get("pirl_elements").isBlank()
                ? List.of()
                : Arrays.stream(r.get("pirl_elements").trim().split(" +"))
                        .map(Integer::valueOf)
                        .toList();
        return new ServiceCodeInput(
                null,
                r.get("code"),
                name,
                ServiceCategory.valueOf(r.get("category")),
                element,
                programs,
                Boolean.parseBoolean(r.get("participation_level")),
                Boolean.parseBoolean(r.get("keeps_exit_clock")),
                pirl,
                null);
    }
}
