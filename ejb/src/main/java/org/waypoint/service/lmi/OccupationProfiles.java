package org.waypoint.service.lmi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.waypoint.service.lmi.LmiStore.DatasetRow;
import org.waypoint.service.lmi.LmiStore.EducationRow;
import org.waypoint.service.lmi.LmiStore.ProjectionRow;
import org.waypoint.service.lmi.LmiStore.WageRow;
import org.waypoint.service.lmi.imports.OnetOccupation;
import org.waypoint.service.lmi.imports.RelatedOccupation;
import org.waypoint.service.lmi.imports.RequiredEducation;

/**
 * Builds an occupation's profile for an area from the current data, the way the Kentucky guidance
 * has staff read it off O*NET OnLine and the KYSTATS dashboards: projections and wages from KYSTATS
 * where it publishes the area, else wages from BLS OEWS; description, related occupations and
 * required education from O*NET. Plain Java: every figure can be checked against the source rows.
 */
public final class OccupationProfiles {

    private static final String ALL_OCCUPATIONS = "00-0000";

    private final LmiData data;
    /** Profiles already built: the data never changes, so neither do they (a few thousand at most). */
    private final Map<String, OccupationProfile> built = new ConcurrentHashMap<>();

    /** Profiles with their coverage, by occupation, area and home state. */
    private final Map<String, OccupationProfile> seen = new ConcurrentHashMap<>();

    /** Coverage statements by area and home state: a few hundred at most. */
    private final Map<String, AreaCoverage> coverage = new ConcurrentHashMap<>();

    private final Map<String, Integer> medianOpenings = new ConcurrentHashMap<>();

    private final AreaCoverages coverages;

    public OccupationProfiles(LmiData data) {
        this.data = data;
        this.coverages = new AreaCoverages(data);
    }

    /**
     * Which figures exist for an area, seen from a career seeker's state (see {@link AreaCoverages}),
     * worked out once per area and state; {@code homeStateName} is asked only then.
     */
    public AreaCoverage coverage(Area area, String homeState, java.util.function.Supplier<String> homeStateName) {
        return coverage.computeIfAbsent(
                area.id() + "@" + homeState, key -> coverages.of(area, homeState, homeStateName.get()));
    }

    /**
     * The profile with the coverage seen from a career seeker's state. The same profile and coverage
     * give the same instance for as long as the data does, so that the API can keep its JSON.
     */
    public OccupationProfile seenFrom(OccupationProfile profile, AreaCoverage coverage) {
        return seen.computeIfAbsent(
                profile.soc() + "@" + profile.area().id() + "@" + coverage.homeState(),
                key -> profile.withCoverage(coverage));
    }

    /** The profile, or empty when the SOC code or the area is unknown. */
    public Optional<OccupationProfile> profile(String soc, String areaId) {
        Optional<Area> area = data.area(areaId);
        Optional<String> title = data.title(soc);
        if (area.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(built.computeIfAbsent(soc + "@" + areaId, key -> build(soc, title.get(), area.get())));
    }

    private OccupationProfile build(String soc, String title, Area area) {
        List<OnetOccupation> onet = data.onet(soc);
        OnetOccupation primary = onet.isEmpty() ? null : onet.get(0);
        Optional<ProjectionRow> projectionRow = data.projection(area.id(), soc);
        Projection projection = projectionRow.map(this::projection).orElse(null);
        Wages wages = wages(area.id(), soc);
        ProjectionRow education = projectionRow.or(() -> stateRow(area, soc)).orElse(null);
        Integer areaMedian = Optional.ofNullable(wages(area.id(), ALL_OCCUPATIONS))
                .map(Wages::median)
                .orElse(null);
        Boolean aboveMedian =
                wages == null || wages.median() == null || areaMedian == null ? null : wages.median() > areaMedian;
        InDemand inDemand = inDemand(area, projection);
        List<DataSource> sources = new ArrayList<>();
        projectionRow.ifPresent(row -> sources.add(source("Employment projections and openings", row.datasetId())));
        if (wages != null) {
            sources.add(new DataSource("Wages", wages.source(), wageDataset(area.id(), soc)));
        }
        String description = primary == null ? null : primary.description();
        if (primary != null) {
            data.current(org.waypoint.persistence.lmi.LmiDatasetKind.ONET_OCCUPATIONS)
                    .ifPresent(d -> sources.add(source("Description", d.id())));
            data.current(org.waypoint.persistence.lmi.LmiDatasetKind.ONET_RELATED_OCCUPATIONS)
                    .ifPresent(d -> sources.add(source("Related occupations", d.id())));
            data.current(org.waypoint.persistence.lmi.LmiDatasetKind.ONET_EDUCATION)
                    .ifPresent(d -> sources.add(source("Required education (O*NET survey)", d.id())));
            workSources(sources);
        }
        return new OccupationProfile(
                soc,
                primary == null ? null : primary.onetSocCode(),
                title,
                description,
                area,
                projection,
                wages,
                education == null ? null : education.typicalEducation(),
                education == null ? null : education.workExperience(),
                education == null ? null : education.onTheJobTraining(),
                primary == null ? null : requiredEducation(primary.onetSocCode()),
                related(soc, primary, area),
                areaMedian,
                aboveMedian,
                inDemand,
                LmiComment.comment(title, area, projection, wages),
                sources,
                OnetOccupationDetailsReader.jobZone(data, soc),
                OnetOccupationDetailsReader.of(data, soc),
                coverages.of(area));
    }

    /** O*NET's job zones, tools, technology and tasks: see {@link OccupationProfile#ONET_WORK_SOURCES}. */
    private void workSources(List<DataSource> sources) {
        Map<String, org.waypoint.persistence.lmi.LmiDatasetKind> kinds = new LinkedHashMap<>();
        kinds.put("Job zone", org.waypoint.persistence.lmi.LmiDatasetKind.ONET_JOB_ZONES);
        kinds.put("Tools used", org.waypoint.persistence.lmi.LmiDatasetKind.ONET_TOOLS);
        kinds.put("Technology skills", org.waypoint.persistence.lmi.LmiDatasetKind.ONET_TECHNOLOGY_SKILLS);
        kinds.put("Tasks", org.waypoint.persistence.lmi.LmiDatasetKind.ONET_TASKS);
        kinds.forEach((label, kind) -> data.current(kind).ifPresent(d -> sources.add(source(label, d.id()))));
    }

    /** Every area with figures for the occupation, for the charts. */
    public AreaComparison comparison(String soc) {
        List<AreaComparison.Row> rows = new ArrayList<>();
        for (Area area : data.areas()) {
            Wages wages = wages(area.id(), soc);
            Projection projection =
                    data.projection(area.id(), soc).map(this::projection).orElse(null);
            if (wages == null && projection == null) {
                continue;
            }
            rows.add(new AreaComparison.Row(
                    area,
                    wages == null ? null : wages.entry(),
                    wages == null ? null : wages.median(),
                    wages == null ? null : wages.experienced(),
                    projection == null ? null : projection.annualOpenings()));
        }
        return new AreaComparison(soc, data.title(soc).orElse(soc), rows);
    }

    private Projection projection(ProjectionRow row) {
        return new Projection(
                vintage(row.datasetId()),
                row.baseYear(),
                row.projectedYear(),
                row.baseEmployment(),
                row.projectedEmployment(),
                row.change(),
                row.percentChange(),
                row.exits(),
                row.transfers(),
                row.openings());
    }

    /** KYSTATS wages where it publishes the area (and any of the wages), else BLS OEWS. */
    Wages wages(String areaId, String soc) {
        Optional<ProjectionRow> kystats = data.projection(areaId, soc)
                .filter(row -> row.meanWage() != null || row.medianWage() != null || row.entryWage() != null);
        if (kystats.isPresent()) {
            ProjectionRow row = kystats.get();
            return new Wages(
                    vintage(row.datasetId()),
                    row.meanWage(),
                    row.entryWage(),
                    null,
                    row.pct25Wage(),
                    row.medianWage(),
                    row.pct75Wage(),
                    null,
                    row.experiencedWage(),
                    false);
        }
        return data.wage(areaId, soc)
                .map(row -> new Wages(
                        vintage(row.datasetId()),
                        row.meanAnnual(),
                        null,
                        row.pct10Annual(),
                        row.pct25Annual(),
                        row.medianAnnual(),
                        row.pct75Annual(),
                        row.pct90Annual(),
                        null,
                        row.topCoded()))
                .orElse(null);
    }

    private String wageDataset(String areaId, String soc) {
        Optional<ProjectionRow> kystats = data.projection(areaId, soc);
        long dataset = kystats.filter(row -> row.meanWage() != null || row.medianWage() != null)
                .map(ProjectionRow::datasetId)
                .or(() -> data.wage(areaId, soc).map(WageRow::datasetId))
                .orElseThrow();
        return importedOn(dataset);
    }

    /** An LWA's education columns come from its state's row when the LWA row lacks them. */
    private Optional<ProjectionRow> stateRow(Area area, String soc) {
        return area.state() == null ? Optional.empty() : data.projection(area.state(), soc);
    }

    private String requiredEducation(String onetSocCode) {
        return data.education(onetSocCode)
                .map(EducationRow::category)
                .map(category -> RequiredEducation.ofCategory(category).shortLabel())
                .orElse(null);
    }

    /** O*NET's related occupations, one per SOC code, with their figures in the same area. */
    private List<RelatedOccupationFigures> related(String soc, OnetOccupation primary, Area area) {
        if (primary == null) {
            return List.of();
        }
        Map<String, RelatedOccupationFigures> bySoc = new LinkedHashMap<>();
        for (RelatedOccupation related : data.related(primary.onetSocCode())) {
            String relatedSoc = related.relatedOnetSocCode().substring(0, 7);
            if (relatedSoc.equals(soc) || bySoc.containsKey(relatedSoc)) {
                continue;
            }
            String title = data.title(relatedSoc)
                    .or(() -> data.onetOccupation(related.relatedOnetSocCode()).map(OnetOccupation::title))
                    .orElse(relatedSoc);
            Wages wages = wages(area.id(), relatedSoc);
            Integer openings = data.projection(area.id(), relatedSoc)
                    .map(this::projection)
                    .map(Projection::annualOpenings)
                    .orElse(null);
            bySoc.put(
                    relatedSoc,
                    new RelatedOccupationFigures(
                            relatedSoc,
                            title,
                            related.relatednessTier(),
                            wages == null ? null : wages.median(),
                            openings));
        }
        return new ArrayList<>(bySoc.values());
    }

    /** See {@link InDemand#RULE}. */
    InDemand inDemand(Area area, Projection projection) {
        Optional<ProjectionRow> all = data.projection(area.id(), ALL_OCCUPATIONS);
        if (projection == null || all.isEmpty() || all.get().percentChange() == null) {
            return InDemand.of(false, false, "none", area.name());
        }
        Integer openings = projection.annualOpenings();
        BigDecimal growth = projection.percentChange();
        if (openings == null || growth == null) {
            return InDemand.of(false, false, "suppressed", area.name());
        }
        BigDecimal allGrowth = all.get().percentChange();
        int typicalOpenings = medianAnnualOpenings(area.id());
        boolean grows = growth.compareTo(allGrowth) >= 0;
        boolean opens = openings >= typicalOpenings;
        return InDemand.of(
                grows && opens,
                true,
                growth.signum() < 0 ? "changes" : "grows",
                LmiComment.percent(growth),
                area.name(),
                LmiComment.percent(allGrowth),
                LmiComment.number(openings),
                LmiComment.number(typicalOpenings));
    }

    private int medianAnnualOpenings(String areaId) {
        return medianOpenings.computeIfAbsent(areaId, this::computeMedianAnnualOpenings);
    }

    private int computeMedianAnnualOpenings(String areaId) {
        List<Integer> openings = data.projections(areaId).stream()
                .filter(ProjectionRow::detailed)
                .map(this::projection)
                .map(Projection::annualOpenings)
                .filter(value -> value != null)
                .sorted()
                .toList();
        return openings.isEmpty() ? 0 : openings.get(openings.size() / 2);
    }

    private DataSource source(String label, long datasetId) {
        return new DataSource(label, vintage(datasetId), importedOn(datasetId));
    }

    private String vintage(long datasetId) {
        DatasetRow dataset = data.dataset(datasetId);
        return dataset == null ? "unknown" : dataset.vintage();
    }

    private String importedOn(long datasetId) {
        DatasetRow dataset = data.dataset(datasetId);
        return dataset == null ? null : dataset.importedAt().toLocalDate().toString();
    }
}
