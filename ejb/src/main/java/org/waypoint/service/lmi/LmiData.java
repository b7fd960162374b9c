package org.waypoint.service.lmi;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.service.lmi.LmiStore.AreaRow;
import org.waypoint.service.lmi.LmiStore.DatasetRow;
import org.waypoint.service.lmi.LmiStore.EducationRow;
import org.waypoint.service.lmi.LmiStore.ProjectionRow;
import org.waypoint.service.lmi.LmiStore.WageRow;
import org.waypoint.service.lmi.imports.OnetAlternateTitle;
import org.waypoint.service.lmi.imports.OnetInterests;
import org.waypoint.service.lmi.imports.OnetJobZone;
import org.waypoint.service.lmi.imports.OnetOccupation;
import org.waypoint.service.lmi.imports.OnetReportedTitle;
import org.waypoint.service.lmi.imports.OnetTask;
import org.waypoint.service.lmi.imports.OnetTechnologySkill;
import org.waypoint.service.lmi.imports.OnetTool;
import org.waypoint.service.lmi.imports.RelatedOccupation;

/**
 * The current labour-market data, whole, in memory and immutable: a few megabytes for Kentucky's
 * projections, the OEWS wages and O*NET, so that a profile or a search costs no database round trip.
 * Built from the current datasets after each import; a newer dataset wins where two cover the same
 * area and occupation.
 */
public final class LmiData {

    /** No data imported yet. */
    public static final LmiData EMPTY =
            new LmiData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), OnetDetails.NONE);

    private static final Comparator<Area> AREA_ORDER = Comparator.comparing((Area area) -> switch (area.type()) {
                case STATE -> 0;
                case LWA -> 1;
                case OEWS_AREA -> 2;
                case NATION -> 3;
            })
            .thenComparing(area -> area.state() == null ? "" : area.state())
            .thenComparing(Area::name);

    private final Map<Long, DatasetRow> datasets = new LinkedHashMap<>();
    private final Map<String, Area> areas = new LinkedHashMap<>();
    private final Map<Long, String> areaByLwda = new HashMap<>();
    private final Map<String, Map<String, ProjectionRow>> projections = new HashMap<>();
    private final Map<String, Map<String, WageRow>> wages = new HashMap<>();
    private final Map<String, OnetOccupation> onet = new HashMap<>();
    private final Map<String, List<OnetOccupation>> onetBySoc = new TreeMap<>();
    private final Map<String, List<RelatedOccupation>> related = new HashMap<>();
    private final Map<String, EducationRow> education = new HashMap<>();
    private final Map<String, String> titles = new TreeMap<>();
    private final Map<String, Integer> jobZones = new HashMap<>();
    private final Map<String, OnetInterests> interests = new LinkedHashMap<>();
    private final Map<String, List<OnetAlternateTitle>> alternateTitles = new HashMap<>();
    private final Map<String, List<OnetReportedTitle>> reportedTitles = new HashMap<>();
    private final Map<String, List<OnetTool>> tools = new HashMap<>();
    private final Map<String, List<OnetTechnologySkill>> technologySkills = new HashMap<>();
    private final Map<String, List<OnetTask>> tasks = new HashMap<>();

    LmiData(
            List<DatasetRow> datasets,
            List<AreaRow> areas,
            List<ProjectionRow> projections,
            List<WageRow> wages,
            List<OnetOccupation> occupations,
            List<RelatedOccupation> related,
            List<EducationRow> education,
            OnetDetails details) {
        datasets.forEach(dataset -> this.datasets.put(dataset.id(), dataset));
        Map<String, Area> known = new HashMap<>();
        for (AreaRow row : areas) {
            known.put(row.area().id(), row.area());
            if (row.lwdaId() != null) {
                areaByLwda.put(row.lwdaId(), row.area().id());
            }
        }
        List<Area> withData = new ArrayList<>();
        for (ProjectionRow row : projections) {
            Map<String, ProjectionRow> area = this.projections.computeIfAbsent(row.areaId(), id -> new HashMap<>());
            area.merge(row.soc(), row, (a, b) -> a.datasetId() > b.datasetId() ? a : b);
        }
        for (WageRow row : wages) {
            Map<String, WageRow> area = this.wages.computeIfAbsent(row.areaId(), id -> new HashMap<>());
            area.merge(row.soc(), row, LmiData::preferredWage);
        }
        known.values().stream()
                .filter(area -> this.projections.containsKey(area.id()) || this.wages.containsKey(area.id()))
                .forEach(withData::add);
        withData.sort(AREA_ORDER);
        withData.forEach(area -> this.areas.put(area.id(), area));
        for (OnetOccupation occupation : occupations) {
            onet.put(occupation.onetSocCode(), occupation);
            onetBySoc
                    .computeIfAbsent(occupation.soc(), soc -> new ArrayList<>())
                    .add(occupation);
        }
        onetBySoc.values().forEach(list -> list.sort(Comparator.comparing(OnetOccupation::onetSocCode)));
        for (RelatedOccupation row : related) {
            this.related
                    .computeIfAbsent(row.onetSocCode(), code -> new ArrayList<>())
                    .add(row);
        }
        this.related.values().forEach(list -> list.sort(Comparator.comparingInt(RelatedOccupation::index)));
        education.forEach(row -> this.education.put(row.onetSocCode(), row));
        details.jobZones().forEach(row -> jobZones.put(row.onetSocCode(), row.jobZone()));
        details.interests().forEach(row -> interests.put(row.onetSocCode(), row));
        group(details.alternateTitles(), OnetAlternateTitle::onetSocCode, alternateTitles);
        group(details.reportedTitles(), OnetReportedTitle::onetSocCode, reportedTitles);
        group(details.tools(), OnetTool::onetSocCode, tools);
        group(details.technologySkills(), OnetTechnologySkill::onetSocCode, technologySkills);
        group(details.tasks(), OnetTask::onetSocCode, tasks);
        collectTitles();
    }

    /** Groups rows by O*NET-SOC code, keeping the file's order within each. */
    private static <T> void group(List<T> rows, Function<T, String> code, Map<String, List<T>> into) {
        for (T row : rows) {
            into.computeIfAbsent(code.apply(row), key -> new ArrayList<>()).add(row);
        }
    }

    /** The newer dataset's row; within one, the detailed occupation over a broad group of the same code. */
    private static WageRow preferredWage(WageRow a, WageRow b) {
        if (a.datasetId() != b.datasetId()) {
            return a.datasetId() > b.datasetId() ? a : b;
        }
        return "detailed".equals(b.oGroup()) ? b : a;
    }

    /** Reads the current datasets through the store. */
    public static LmiData load(LmiStore store) throws SQLException {
        List<DatasetRow> datasets = store.currentDatasets();
        List<ProjectionRow> projections = new ArrayList<>();
        List<WageRow> wages = new ArrayList<>();
        List<OnetOccupation> occupations = new ArrayList<>();
        List<RelatedOccupation> related = new ArrayList<>();
        List<EducationRow> education = new ArrayList<>();
        OnetDetailsStore onet = store.onetDetails();
        OnetDetailsBuilder details = new OnetDetailsBuilder();
        for (DatasetRow dataset : datasets) {
            switch (dataset.kind()) {
                case OCCUPATIONAL_OUTLOOK -> projections.addAll(store.projections(dataset.id()));
                case OEWS_WAGES -> wages.addAll(store.wages(dataset.id()));
                case ONET_OCCUPATIONS -> occupations.addAll(store.occupations(dataset.id()));
                case ONET_RELATED_OCCUPATIONS -> related.addAll(store.related(dataset.id()));
                case ONET_EDUCATION -> education.addAll(store.education(dataset.id()));
                case ZIP_COUNTY -> {
                    // kept in zip_county, read by the reference service
                }
                case ONET_JOB_ZONES -> details.jobZones.addAll(onet.jobZones(dataset.id()));
                case ONET_INTERESTS -> details.interests.addAll(onet.interests(dataset.id()));
                case ONET_ALTERNATE_TITLES -> details.alternateTitles.addAll(onet.alternateTitles(dataset.id()));
                case ONET_REPORTED_TITLES -> details.reportedTitles.addAll(onet.reportedTitles(dataset.id()));
                case ONET_TOOLS -> details.tools.addAll(onet.tools(dataset.id()));
                case ONET_TECHNOLOGY_SKILLS -> details.technologySkills.addAll(onet.technologySkills(dataset.id()));
                case ONET_TASKS -> details.tasks.addAll(onet.tasks(dataset.id()));
            }
        }
        return new LmiData(
                datasets, store.areas(), projections, wages, occupations, related, education, details.build());
    }

    /** The O*NET 29.2 detail rows of the current datasets as they are read. */
    private static final class OnetDetailsBuilder {
        final List<OnetJobZone> jobZones = new ArrayList<>();
        final List<OnetInterests> interests = new ArrayList<>();
        final List<OnetAlternateTitle> alternateTitles = new ArrayList<>();
        final List<OnetReportedTitle> reportedTitles = new ArrayList<>();
        final List<OnetTool> tools = new ArrayList<>();
        final List<OnetTechnologySkill> technologySkills = new ArrayList<>();
        final List<OnetTask> tasks = new ArrayList<>();

        OnetDetails build() {
            return new OnetDetails(
                    jobZones, interests, alternateTitles, reportedTitles, tools, technologySkills, tasks);
        }
    }

    /** Detailed occupations' titles: KYSTATS first, then OEWS, then O*NET. */
    private void collectTitles() {
        for (Map<String, WageRow> area : wages.values()) {
            area.values().stream()
                    .filter(row -> "detailed".equals(row.oGroup()))
                    .forEach(row -> titles.put(row.soc(), row.title()));
        }
        onetBySoc.forEach((soc, list) -> titles.putIfAbsent(soc, primary(list).title()));
        for (Map<String, ProjectionRow> area : projections.values()) {
            area.values().stream().filter(ProjectionRow::detailed).forEach(row -> titles.put(row.soc(), row.title()));
        }
    }

    private static OnetOccupation primary(List<OnetOccupation> list) {
        return list.stream()
                .filter(occupation -> occupation.onetSocCode().endsWith(".00"))
                .findFirst()
                .orElse(list.get(0));
    }

    public boolean isEmpty() {
        return titles.isEmpty();
    }

    public Collection<DatasetRow> datasets() {
        return datasets.values();
    }

    public DatasetRow dataset(long id) {
        return datasets.get(id);
    }

    public Optional<DatasetRow> current(LmiDatasetKind kind) {
        return datasets.values().stream()
                .filter(dataset -> dataset.kind() == kind)
                .reduce((first, second) -> second);
    }

    /** Areas with figures: the states, their LWAs by name, OEWS areas, the nation. */
    public Collection<Area> areas() {
        return areas.values();
    }

    public Optional<Area> area(String id) {
        return Optional.ofNullable(id == null ? null : areas.get(id));
    }

    /** The Local Workforce Area that stands for an LWDA, if its figures are loaded. */
    public Optional<Area> areaOfLwda(Long lwdaId) {
        return area(areaByLwda.get(lwdaId));
    }

    public Optional<ProjectionRow> projection(String areaId, String soc) {
        return Optional.ofNullable(projections.getOrDefault(areaId, Map.of()).get(soc));
    }

    public Collection<ProjectionRow> projections(String areaId) {
        return projections.getOrDefault(areaId, Map.of()).values();
    }

    public Optional<WageRow> wage(String areaId, String soc) {
        return Optional.ofNullable(wages.getOrDefault(areaId, Map.of()).get(soc));
    }

    /** The detailed occupations' SOC codes with their titles, in SOC order. */
    public Map<String, String> titles() {
        return titles;
    }

    public Optional<String> title(String soc) {
        return Optional.ofNullable(titles.get(soc));
    }

    /** O*NET occupations of a SOC code, the ".00" one first where there is one. */
    public List<OnetOccupation> onet(String soc) {
        List<OnetOccupation> list = onetBySoc.getOrDefault(soc, List.of());
        if (list.isEmpty()) {
            return list;
        }
        List<OnetOccupation> ordered = new ArrayList<>(list);
        ordered.remove(primary(list));
        ordered.add(0, primary(list));
        return ordered;
    }

    public Optional<OnetOccupation> onetOccupation(String onetSocCode) {
        return Optional.ofNullable(onet.get(onetSocCode));
    }

    public List<RelatedOccupation> related(String onetSocCode) {
        return related.getOrDefault(onetSocCode, List.of());
    }

    public Optional<EducationRow> education(String onetSocCode) {
        return Optional.ofNullable(education.get(onetSocCode));
    }

    /** O*NET's Job Zone (1 to 5) of an O*NET occupation. */
    public Optional<Integer> jobZone(String onetSocCode) {
        return Optional.ofNullable(jobZones.get(onetSocCode));
    }

    /** The RIASEC profile of an O*NET occupation. */
    public Optional<OnetInterests> interests(String onetSocCode) {
        return Optional.ofNullable(interests.get(onetSocCode));
    }

    /** Every O*NET occupation's RIASEC profile, in file order. */
    public Collection<OnetInterests> allInterests() {
        return interests.values();
    }

    /** The O*NET occupations, by O*NET-SOC code. */
    public Collection<OnetOccupation> onetOccupations() {
        return onet.values();
    }

    /** Other names of an O*NET occupation, in file order. */
    public List<OnetAlternateTitle> alternateTitles(String onetSocCode) {
        return alternateTitles.getOrDefault(onetSocCode, List.of());
    }

    /** Titles workers reported, in file order. */
    public List<OnetReportedTitle> reportedTitles(String onetSocCode) {
        return reportedTitles.getOrDefault(onetSocCode, List.of());
    }

    /** Tools used, in file order. */
    public List<OnetTool> tools(String onetSocCode) {
        return tools.getOrDefault(onetSocCode, List.of());
    }

    /** Technology skills, in file order. */
    public List<OnetTechnologySkill> technologySkills(String onetSocCode) {
        return technologySkills.getOrDefault(onetSocCode, List.of());
    }

    /** Task statements, in file order. */
    public List<OnetTask> tasks(String onetSocCode) {
        return tasks.getOrDefault(onetSocCode, List.of());
    }
}
