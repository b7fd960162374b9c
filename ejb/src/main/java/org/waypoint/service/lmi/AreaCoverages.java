package org.waypoint.service.lmi;

import java.util.Optional;
import org.waypoint.service.common.Text;
import org.waypoint.service.lmi.LmiStore.DatasetRow;
import org.waypoint.service.lmi.LmiStore.ProjectionRow;
import org.waypoint.service.lmi.LmiStore.WageRow;

/**
 * Works out {@link AreaCoverage} from the current data: whether the area has projections (KYSTATS
 * rows), wages of its own (KYSTATS's columns or a BLS OEWS file for the area), and whether the
 * career seeker's state has any figures at all. Plain Java, unit-tested for a Kentucky LWA, the
 * nation and a Georgia career seeker.
 */
public final class AreaCoverages {

    private static final String ALL_OCCUPATIONS = "00-0000";

    private final LmiData data;

    public AreaCoverages(LmiData data) {
        this.data = data;
    }

    /** What exists for the area itself. */
    public AreaCoverage of(Area area) {
        return of(area, null, null);
    }

    /**
     * What exists for the area, seen from {@code homeState} (the career seeker's state, or the staff
     * member's): when that state has no figures loaded, the statement says so first.
     *
     * @param homeStateName the state's name, e.g. "Georgia"; the code is used when null
     */
    public AreaCoverage of(Area area, String homeState, String homeStateName) {
        Optional<ProjectionRow> anyProjection =
                data.projections(area.id()).stream().findAny();
        String projectionSource =
                anyProjection.map(row -> vintage(row.datasetId())).orElse(null);
        String wageSource = wageSource(area);
        String home =
                homeState == null || homeState.isBlank() || homeState.equals(area.state()) ? null : homeState.strip();
        String homeName = home == null ? null : homeStateName == null ? home : homeStateName;
        boolean homeFigures = home == null || hasFigures(home);
        return new AreaCoverage(
                area.id(),
                area.type(),
                projectionSource != null,
                projectionSource,
                wageSource != null,
                wageSource,
                home,
                homeName,
                homeFigures,
                statement(area, projectionSource, wageSource, homeFigures ? null : homeName));
    }

    /** Any area of the state (the state itself or one of its LWAs or OEWS areas) has figures. */
    private boolean hasFigures(String state) {
        return data.areas().stream().anyMatch(area -> state.equals(area.state()));
    }

    /** KYSTATS's wage columns where it publishes them for the area, else a BLS OEWS file for it. */
    private String wageSource(Area area) {
        Optional<String> kystats = data.projections(area.id()).stream()
                .filter(row -> row.meanWage() != null || row.medianWage() != null)
                .findAny()
                .map(row -> vintage(row.datasetId()));
        return kystats.or(() -> data.wage(area.id(), ALL_OCCUPATIONS)
                        .or(() -> anyWage(area))
                        .map(row -> vintage(row.datasetId())))
                .orElse(null);
    }

    /** An OEWS file without the all-occupations row: any occupation's wage of the area. */
    private Optional<WageRow> anyWage(Area area) {
        return data.titles().keySet().stream()
                .map(soc -> data.wage(area.id(), soc))
                .flatMap(Optional::stream)
                .findFirst();
    }

    static Text statement(Area area, String projectionSource, String wageSource, String missingState) {
        Text what;
        if (projectionSource != null && wageSource != null) {
            what = projectionSource.equals(wageSource)
                    ? Text.of("lmi.coverage.all", area.name(), projectionSource)
                    : Text.of("lmi.coverage.allTwoSources", area.name(), projectionSource, wageSource);
        } else if (projectionSource != null) {
            what = Text.of("lmi.coverage.projectionsOnly", area.name(), projectionSource);
        } else if (wageSource != null) {
            what = area.type() == AreaType.NATION
                    ? Text.of("lmi.coverage.nationalWagesOnly", area.name(), wageSource)
                    : Text.of("lmi.coverage.wagesOnly", area.name(), wageSource);
        } else {
            what = Text.of("lmi.coverage.none", area.name());
        }
        return missingState == null ? what : Text.of("lmi.coverage.stateMissing", missingState, what);
    }

    private String vintage(long datasetId) {
        DatasetRow dataset = data.dataset(datasetId);
        return dataset == null ? "unknown" : dataset.vintage();
    }
}
