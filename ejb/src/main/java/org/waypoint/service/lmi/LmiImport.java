package org.waypoint.service.lmi;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.service.common.Sha256;
import org.waypoint.service.lmi.LmiStore.AreaRow;
import org.waypoint.service.lmi.LmiStore.ProjectionRow;
import org.waypoint.service.lmi.imports.AreaLevel;
import org.waypoint.service.lmi.imports.IncompleteRowsException;
import org.waypoint.service.lmi.imports.KystatsOutlookParser;
import org.waypoint.service.lmi.imports.LayoutException;
import org.waypoint.service.lmi.imports.OewsParser;
import org.waypoint.service.lmi.imports.OewsRow;
import org.waypoint.service.lmi.imports.OnetEducationParser;
import org.waypoint.service.lmi.imports.OnetOccupationParser;
import org.waypoint.service.lmi.imports.OnetRelatedOccupationParser;
import org.waypoint.service.lmi.imports.OutlookRow;
import org.waypoint.service.lmi.imports.ParseResult;
import org.waypoint.service.lmi.imports.ZipCountyParser;

/**
 * One import of one published file, start to end: parse it (refusing a wrong layout, an unreadable
 * file or any bad row, naming them), then write it as a new dataset that supersedes the previous
 * one of the same kind and scope. Plain Java on a given connection: the caller owns the
 * transaction, so a failure anywhere leaves the previous data exactly as it was.
 */
public final class LmiImport {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final String NATION_CODE = "99";

    private final LmiStore store;
    private final VintageSizeCheck sizeCheck;
    private final boolean confirmed;

    /** An import that holds back a file much smaller than the current data. */
    public LmiImport(Connection connection) {
        this(connection, false);
    }

    /**
     * @param confirmed whether the administrator confirmed a file much smaller than the current data
     *     (see {@link VintageSizeCheck}); without it such a file is held back
     */
    public LmiImport(Connection connection, boolean confirmed) {
        this.store = new LmiStore(connection);
        this.sizeCheck = new VintageSizeCheck(connection);
        this.confirmed = confirmed;
    }

    /**
     * @param vintage the release's name when the file does not say it (O*NET files); null for the
     *     parser's own
     * @throws ImportRejectedException when the file is refused; nothing was written
     */
    public ImportSummary run(
            LmiDatasetKind kind,
            String fileName,
            byte[] content,
            String vintage,
            String importedBy,
            LocalDateTime now,
            ImportProgress progress)
            throws SQLException {
        progress.phase("Reading " + fileName, 0);
        Parsed parsed = parse(kind, content, blankToNull(vintage));
        ParseResult<?> result = parsed.result();
        if (!result.isClean()) {
            throw new ImportRejectedException(
                    fileName + " was not imported: " + result.errors().size() + " row(s) have bad values."
                            + " Nothing was changed; correct the rows and import the file again.",
                    result.errors(),
                    result.errors().size());
        }
        if (result.rows().isEmpty()) {
            throw new ImportRejectedException(fileName + " was not imported: it has no data rows.");
        }
        progress.phase("Saving " + result.rows().size() + " rows", result.rows().size());
        IntConsumer saved = progress::advance;
        return switch (kind) {
            case OCCUPATIONAL_OUTLOOK -> outlook(fileName, content, parsed.outlook(), importedBy, now, saved);
            case OEWS_WAGES -> oews(fileName, content, parsed.oews(), importedBy, now, saved);
            default -> simple(kind, fileName, content, result, importedBy, now, saved);
        };
    }

    private record Parsed(ParseResult<?> result) {
        @SuppressWarnings("unchecked")
        ParseResult<OutlookRow> outlook() {
            return (ParseResult<OutlookRow>) result;
        }

        @SuppressWarnings("unchecked")
        ParseResult<OewsRow> oews() {
            return (ParseResult<OewsRow>) result;
        }
    }

    private static Parsed parse(LmiDatasetKind kind, byte[] content, String vintage) {
        InputStream in = new ByteArrayInputStream(content);
        try {
            return new Parsed(
                    switch (kind) {
                        case OCCUPATIONAL_OUTLOOK -> new KystatsOutlookParser().parse(in, vintage);
                        case OEWS_WAGES -> new OewsParser().parse(in);
                        case ONET_OCCUPATIONS ->
                            vintage == null
                                    ? new OnetOccupationParser().parse(in)
                                    : new OnetOccupationParser().parse(in, vintage);
                        case ONET_RELATED_OCCUPATIONS ->
                            vintage == null
                                    ? new OnetRelatedOccupationParser().parse(in)
                                    : new OnetRelatedOccupationParser().parse(in, vintage);
                        case ONET_EDUCATION ->
                            vintage == null
                                    ? new OnetEducationParser().parse(in)
                                    : new OnetEducationParser().parse(in, vintage);
                        case ZIP_COUNTY ->
                            vintage == null
                                    ? new ZipCountyParser().parse(in)
                                    : new ZipCountyParser().parse(in, vintage);
                        default -> OnetDetailParsers.parse(kind, in, vintage);
                    });
        } catch (IncompleteRowsException e) {
            throw new ImportRejectedException(e.getMessage() + ". Nothing was changed.", e.errors(), e.errorCount());
        } catch (LayoutException e) {
            // UnreadableFileException is a LayoutException: both name what is wrong with the file.
            throw new ImportRejectedException(e.getMessage() + ". Nothing was changed.");
        }
    }

    private ImportSummary outlook(
            String fileName,
            byte[] content,
            ParseResult<OutlookRow> result,
            String importedBy,
            LocalDateTime now,
            IntConsumer saved)
            throws SQLException {
        Matcher years = YEARS.matcher(result.vintage());
        if (!years.find()) {
            throw new ImportRejectedException("The vintage \"" + result.vintage() + "\" does not name the projection"
                    + " years (for example 2022-2032).");
        }
        int baseYear = Integer.parseInt(years.group(1));
        int projectedYear = Integer.parseInt(years.group(2));
        String stateName = result.rows().stream()
                .filter(row -> row.level() == AreaLevel.STATE)
                .map(OutlookRow::areaName)
                .findFirst()
                .orElseThrow(() ->
                        new ImportRejectedException(fileName + " was not imported: it has no \"State Level\" rows."));
        String state = store.stateCodesByName().get(stateName.toLowerCase(Locale.ROOT));
        if (state == null) {
            throw new ImportRejectedException(
                    fileName + " was not imported: \"" + stateName + "\" is not a state Waypoint is configured for.");
        }
        Map<String, Long> lwdas = store.lwdasByName(state);
        Map<String, AreaRow> areas = new LinkedHashMap<>();
        for (OutlookRow row : result.rows()) {
            areas.computeIfAbsent(row.areaName(), name -> outlookArea(row, state, lwdas));
        }
        sizeCheck.check(
                LmiDatasetKind.OCCUPATIONAL_OUTLOOK,
                state,
                fileName,
                result.rows().size(),
                confirmed);
        store.saveAreas(new ArrayList<>(areas.values()));
        long id = store.insertDataset(
                LmiDatasetKind.OCCUPATIONAL_OUTLOOK,
                state,
                result.vintage(),
                fileName,
                sha256(content),
                result.rows().size(),
                importedBy,
                now);
        List<ProjectionRow> rows = result.rows().stream()
                .map(row -> new ProjectionRow(
                        id,
                        areas.get(row.areaName()).area().id(),
                        row.soc(),
                        row.title(),
                        row.detailed(),
                        baseYear,
                        projectedYear,
                        row.baseEmployment(),
                        row.projectedEmployment(),
                        row.change(),
                        row.percentChange(),
                        row.exits(),
                        row.transfers(),
                        row.openings(),
                        row.meanWage(),
                        row.entryWage(),
                        row.pct25Wage(),
                        row.medianWage(),
                        row.pct75Wage(),
                        row.experiencedWage(),
                        row.typicalEducation(),
                        row.workExperience(),
                        row.onTheJobTraining()))
                .toList();
        store.insertProjections(rows, saved);
        return supersede(
                id, LmiDatasetKind.OCCUPATIONAL_OUTLOOK, state, result, fileName, rows.size(), importedBy, now);
    }

    /** Makes the new dataset the current one of its kind and scope, and says what was imported. */
    private ImportSummary supersede(
            long id,
            LmiDatasetKind kind,
            String scope,
            ParseResult<?> result,
            String fileName,
            int kept,
            String importedBy,
            LocalDateTime now)
            throws SQLException {
        int superseded = store.supersedeOthers(id, kind, scope, now);
        return new ImportSummary(
                id, kind, scope, result.vintage(), fileName, result.rowsRead(), kept, superseded, importedBy, now);
    }

    /** "Kentucky" is the state; "Bluegrass LWA" the Local Workforce Area of the LWDA "Bluegrass". */
    private static AreaRow outlookArea(OutlookRow row, String state, Map<String, Long> lwdas) {
        if (row.level() == AreaLevel.STATE) {
            return new AreaRow(new Area(state, row.areaName(), AreaType.STATE, state), null);
        }
        String lwdaName = row.areaName().replaceFirst("(?i)\\s+LWA$", "").strip();
        return new AreaRow(
                new Area(state + "-" + slug(lwdaName), row.areaName(), AreaType.LWA, state),
                lwdas.get(lwdaName.toLowerCase(Locale.ROOT)));
    }

    private ImportSummary oews(
            String fileName,
            byte[] content,
            ParseResult<OewsRow> result,
            String importedBy,
            LocalDateTime now,
            IntConsumer saved)
            throws SQLException {
        // Cross-industry estimates only: a profile is about the occupation in the whole area.
        List<OewsRow> rows = result.rows().stream()
                .filter(row -> "000000".equals(row.naics()))
                .toList();
        if (rows.isEmpty()) {
            throw new ImportRejectedException(
                    fileName + " was not imported: it has no cross-industry (NAICS 000000)" + " estimates.");
        }
        Map<String, AreaRow> areas = new LinkedHashMap<>();
        for (OewsRow row : rows) {
            areas.computeIfAbsent(row.areaCode(), code -> oewsArea(row));
        }
        Map<String, String> areaIds = new LinkedHashMap<>();
        areas.forEach((code, area) -> areaIds.put(code, area.area().id()));
        String scope = scope(new TreeSet<>(areaIds.values()));
        sizeCheck.check(LmiDatasetKind.OEWS_WAGES, scope, fileName, rows.size(), confirmed);
        store.saveAreas(new ArrayList<>(areas.values()));
        long id = store.insertDataset(
                LmiDatasetKind.OEWS_WAGES,
                scope,
                result.vintage(),
                fileName,
                sha256(content),
                rows.size(),
                importedBy,
                now);
        store.insertWages(id, rows, areaIds, saved);
        return supersede(id, LmiDatasetKind.OEWS_WAGES, scope, result, fileName, rows.size(), importedBy, now);
    }

    /** The nation is "US", a state its postal code, an OEWS area "OEWS-" and its code. */
    private static AreaRow oewsArea(OewsRow row) {
        if (NATION_CODE.equals(row.areaCode()) || row.areaType() == 1) {
            return new AreaRow(new Area("US", "United States", AreaType.NATION, null), null);
        }
        if (row.areaType() == 2 || row.areaType() == 3) {
            return new AreaRow(new Area(row.primState(), row.areaTitle(), AreaType.STATE, row.primState()), null);
        }
        return new AreaRow(
                new Area("OEWS-" + row.areaCode(), row.areaTitle(), AreaType.OEWS_AREA, row.primState()), null);
    }

    /** The areas a wage file covers: a newer file covering the same areas replaces it. */
    private static String scope(TreeSet<String> areaIds) {
        String joined = String.join(",", areaIds);
        return joined.length() <= 200
                ? joined
                : "areas:" + sha256(joined.getBytes()).substring(0, 40);
    }

    private ImportSummary simple(
            LmiDatasetKind kind,
            String fileName,
            byte[] content,
            ParseResult<?> result,
            String importedBy,
            LocalDateTime now,
            IntConsumer saved)
            throws SQLException {
        String scope = kind == LmiDatasetKind.ZIP_COUNTY ? "US" : "O*NET";
        sizeCheck.check(kind, scope, fileName, result.rows().size(), confirmed);
        long id = store.insertDataset(
                kind,
                scope,
                result.vintage(),
                fileName,
                sha256(content),
                result.rows().size(),
                importedBy,
                now);
        int kept = result.rows().size();
        switch (kind) {
            case ONET_OCCUPATIONS -> store.insertOccupations(id, cast(result), saved);
            case ONET_RELATED_OCCUPATIONS -> store.insertRelated(id, cast(result), saved);
            case ONET_EDUCATION -> store.insertEducation(id, cast(result), saved);
            case ZIP_COUNTY -> kept = store.replaceZipCounties(cast(result), saved);
            case ONET_JOB_ZONES -> store.onetDetails().insertJobZones(id, cast(result), saved);
            case ONET_INTERESTS -> store.onetDetails().insertInterests(id, cast(result), saved);
            case ONET_ALTERNATE_TITLES -> store.onetDetails().insertAlternateTitles(id, cast(result), saved);
            case ONET_REPORTED_TITLES -> store.onetDetails().insertReportedTitles(id, cast(result), saved);
            case ONET_TOOLS -> store.onetDetails().insertTools(id, cast(result), saved);
            case ONET_TECHNOLOGY_SKILLS -> store.onetDetails().insertTechnologySkills(id, cast(result), saved);
            case ONET_TASKS -> store.onetDetails().insertTasks(id, cast(result), saved);
            default -> throw new IllegalArgumentException(kind.name());
        }
        return supersede(id, kind, scope, result, fileName, kept, importedBy, now);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(ParseResult<?> result) {
        return (List<T>) result.rows();
    }

    /** "Kentuckiana Works" becomes "kentuckiana-works", as the LWDA codes are written. */
    static String slug(String name) {
        return name.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    static String sha256(byte[] content) {
        return Sha256.hex(content);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
