package org.waypoint.service.lmi;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.service.lmi.imports.OewsColumn;
import org.waypoint.service.lmi.imports.OewsRow;
import org.waypoint.service.lmi.imports.OnetEducationProfile;
import org.waypoint.service.lmi.imports.OnetOccupation;
import org.waypoint.service.lmi.imports.RelatedOccupation;
import org.waypoint.service.lmi.imports.ZipCounty;

/**
 * The imported LMI tables over plain JDBC: an import writes thousands of immutable rows in batches,
 * and the LMI service reads the current ones whole into memory ({@link LmiData}). No entities: the
 * rows are never edited, and EclipseLink's per-object work would only slow both down. Runs on
 * whatever connection it is given, so the caller decides the transaction; the SQL is the subset
 * H2 and PostgreSQL share.
 */
public final class LmiStore {

    private static final int BATCH = 1000;

    private final Connection connection;

    public LmiStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * A dataset as stored, for the catalog and the import history.
     *
     * @param sha256 of the file imported, to tell whether a shipped file changed since
     */
    public record DatasetRow(
            long id,
            LmiDatasetKind kind,
            String scope,
            String vintage,
            String fileName,
            int rowCount,
            String importedBy,
            LocalDateTime importedAt,
            String sha256) {}

    /** An area and the LWDA it stands for (LWAs only). */
    public record AreaRow(Area area, Long lwdaId) {}

    /** A KYSTATS projection row as stored: the published figures of one occupation in one area. */
    public record ProjectionRow(
            long datasetId,
            String areaId,
            String soc,
            String title,
            boolean detailed,
            int baseYear,
            int projectedYear,
            Integer baseEmployment,
            Integer projectedEmployment,
            Integer change,
            BigDecimal percentChange,
            Integer exits,
            Integer transfers,
            Integer openings,
            Integer meanWage,
            Integer entryWage,
            Integer pct25Wage,
            Integer medianWage,
            Integer pct75Wage,
            Integer experiencedWage,
            String typicalEducation,
            String workExperience,
            String onTheJobTraining) {}

    /** An OEWS row as stored (cross-industry, annual wages). */
    public record WageRow(
            long datasetId,
            String areaId,
            String soc,
            String title,
            String oGroup,
            Integer employment,
            Integer meanAnnual,
            Integer pct10Annual,
            Integer pct25Annual,
            Integer medianAnnual,
            Integer pct75Annual,
            Integer pct90Annual,
            boolean topCoded) {}

    /** O*NET's most common required education for an occupation. */
    public record EducationRow(String onetSocCode, Integer category, BigDecimal share) {}

    // ---------------------------------------------------------------- writing one import

    public long insertDataset(
            LmiDatasetKind kind,
            String scope,
            String vintage,
            String fileName,
            String sha256,
            int rowCount,
            String importedBy,
            LocalDateTime importedAt)
            throws SQLException {
        long id = nextDatasetId();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lmi_dataset (id, kind, scope, vintage,"
                + " file_name, sha256, row_count, imported_by, imported_at, current_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, TRUE)")) {
            insert.setLong(1, id);
            insert.setString(2, kind.name());
            insert.setString(3, scope);
            insert.setString(4, vintage);
            insert.setString(5, fileName);
            insert.setString(6, sha256);
            insert.setInt(7, rowCount);
            insert.setString(8, importedBy);
            insert.setTimestamp(9, Timestamp.valueOf(importedAt));
            insert.executeUpdate();
        }
        return id;
    }

    /** Marks the other current datasets of this kind and scope as superseded; their rows stay. */
    public int supersedeOthers(long datasetId, LmiDatasetKind kind, String scope, LocalDateTime at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE lmi_dataset SET current_data = FALSE,"
                + " superseded_at = ? WHERE kind = ? AND scope = ? AND current_data = TRUE AND id <> ?")) {
            update.setTimestamp(1, Timestamp.valueOf(at));
            update.setString(2, kind.name());
            update.setString(3, scope);
            update.setLong(4, datasetId);
            return update.executeUpdate();
        }
    }

    /** Adds the areas not known yet and renames the known ones as the newest file names them. */
    public void saveAreas(List<AreaRow> areas) throws SQLException {
        Set<String> known = new HashSet<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id FROM lmi_area")) {
            while (rows.next()) {
                known.add(rows.getString(1));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO lmi_area (name, type, state_code, lwda_id, id) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE lmi_area SET name = ?, type = ?, state_code = ?, lwda_id = ? WHERE id = ?")) {
            for (AreaRow row : areas) {
                PreparedStatement statement = known.add(row.area().id()) ? insert : update;
                statement.setString(1, row.area().name());
                statement.setString(2, row.area().type().name());
                statement.setString(3, row.area().state());
                setLong(statement, 4, row.lwdaId());
                statement.setString(5, row.area().id());
                statement.executeUpdate();
            }
        }
    }

    public void insertProjections(List<ProjectionRow> rows, IntConsumer progress) throws SQLException {
        batch(
                "INSERT INTO lmi_projection (dataset_id, area_id, soc, title, detailed, base_year, projected_year,"
                        + " base_employment, projected_employment, employment_change, percent_change, exits, transfers,"
                        + " openings, mean_wage, entry_wage, pct25_wage, median_wage, pct75_wage, experienced_wage,"
                        + " typical_education, work_experience, on_the_job_training)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                (statement, row) -> {
                    statement.setLong(1, row.datasetId());
                    statement.setString(2, row.areaId());
                    statement.setString(3, row.soc());
                    statement.setString(4, row.title());
                    statement.setBoolean(5, row.detailed());
                    statement.setInt(6, row.baseYear());
                    statement.setInt(7, row.projectedYear());
                    setInt(statement, 8, row.baseEmployment());
                    setInt(statement, 9, row.projectedEmployment());
                    setInt(statement, 10, row.change());
                    statement.setBigDecimal(11, row.percentChange());
                    setInt(statement, 12, row.exits());
                    setInt(statement, 13, row.transfers());
                    setInt(statement, 14, row.openings());
                    setInt(statement, 15, row.meanWage());
                    setInt(statement, 16, row.entryWage());
                    setInt(statement, 17, row.pct25Wage());
                    setInt(statement, 18, row.medianWage());
                    setInt(statement, 19, row.pct75Wage());
                    setInt(statement, 20, row.experiencedWage());
                    statement.setString(21, row.typicalEducation());
                    statement.setString(22, row.workExperience());
                    statement.setString(23, row.onTheJobTraining());
                },
                progress);
    }

    /** @param areaIds the area of each row, by the row's OEWS area code */
    public void insertWages(long datasetId, List<OewsRow> rows, Map<String, String> areaIds, IntConsumer progress)
            throws SQLException {
        batch(
                "INSERT INTO lmi_wage (dataset_id, area_id, soc, title, o_group, employment, mean_annual,"
                        + " pct10_annual, pct25_annual, median_annual, pct75_annual, pct90_annual, annual_only,"
                        + " hourly_only, top_coded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    statement.setString(2, areaIds.get(row.areaCode()));
                    statement.setString(3, row.occCode());
                    statement.setString(4, row.occTitle());
                    statement.setString(5, row.oGroup());
                    setInt(statement, 6, row.totEmp());
                    setInt(statement, 7, row.aMean());
                    setInt(statement, 8, row.aPct10());
                    setInt(statement, 9, row.aPct25());
                    setInt(statement, 10, row.aMedian());
                    setInt(statement, 11, row.aPct75());
                    setInt(statement, 12, row.aPct90());
                    statement.setBoolean(13, row.annualOnly());
                    statement.setBoolean(14, row.hourlyOnly());
                    statement.setString(
                            15,
                            row.topCoded().isEmpty()
                                    ? null
                                    : row.topCoded().stream()
                                            .map(OewsColumn::name)
                                            .collect(Collectors.joining(",")));
                },
                progress);
    }

    public void insertOccupations(long datasetId, List<OnetOccupation> rows, IntConsumer progress) throws SQLException {
        batch(
                "INSERT INTO lmi_occupation (dataset_id, onet_soc_code, soc, title, description) VALUES (?, ?, ?, ?, ?)",
                rows,
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    statement.setString(2, row.onetSocCode());
                    statement.setString(3, row.soc());
                    statement.setString(4, row.title());
                    statement.setString(5, row.description());
                },
                progress);
    }

    public void insertRelated(long datasetId, List<RelatedOccupation> rows, IntConsumer progress) throws SQLException {
        batch(
                "INSERT INTO lmi_related_occupation (dataset_id, onet_soc_code, related_onet_soc_code,"
                        + " relatedness_tier, rank_index) VALUES (?, ?, ?, ?, ?)",
                rows,
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    statement.setString(2, row.onetSocCode());
                    statement.setString(3, row.relatedOnetSocCode());
                    statement.setString(4, row.relatednessTier());
                    statement.setInt(5, row.index());
                },
                progress);
    }

    public void insertEducation(long datasetId, List<OnetEducationProfile> rows, IntConsumer progress)
            throws SQLException {
        batch(
                "INSERT INTO lmi_education (dataset_id, onet_soc_code, soc, category, category_share, respondents,"
                        + " data_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    statement.setString(2, row.onetSocCode());
                    statement.setString(3, row.soc());
                    var common = row.mostCommonRequiredEducation();
                    setInt(statement, 4, common.map(c -> c.category()).orElse(null));
                    statement.setBigDecimal(
                            5, common.map(c -> row.requiredEducation().get(c)).orElse(null));
                    setInt(statement, 6, row.respondents());
                    statement.setString(7, row.dataDate());
                },
                progress);
    }

    /**
     * Replaces the ZIP-county crosswalk with the rows whose county Waypoint knows (the states it
     * serves); the others are not kept.
     *
     * @return how many rows were kept
     */
    public int replaceZipCounties(List<ZipCounty> rows, IntConsumer progress) throws SQLException {
        Set<String> counties = new HashSet<>();
        try (Statement select = connection.createStatement();
                ResultSet result = select.executeQuery("SELECT fips FROM county")) {
            while (result.next()) {
                counties.add(result.getString(1));
            }
        }
        List<ZipCounty> kept =
                rows.stream().filter(row -> counties.contains(row.countyFips())).toList();
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM zip_county");
        }
        batch(
                "INSERT INTO zip_county (zip, county_fips) VALUES (?, ?)",
                kept,
                (statement, row) -> {
                    statement.setString(1, row.zip());
                    statement.setString(2, row.countyFips());
                },
                progress);
        return kept.size();
    }

    /** The LWDA ids of a state by their names in lower case, to tie KYSTATS LWAs to them. */
    public Map<String, Long> lwdasByName(String stateCode) throws SQLException {
        Map<String, Long> lwdas = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM lwda WHERE state_code = ?")) {
            select.setString(1, stateCode);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lwdas.put(rows.getString(2).toLowerCase(java.util.Locale.ROOT), rows.getLong(1));
                }
            }
        }
        return lwdas;
    }

    /** A state's postal code by its name ("Kentucky" gives "KY"), from the configured states. */
    public Map<String, String> stateCodesByName() throws SQLException {
        Map<String, String> states = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT code, name FROM state_profile")) {
            while (rows.next()) {
                states.put(rows.getString(2).toLowerCase(java.util.Locale.ROOT), rows.getString(1));
            }
        }
        return states;
    }

    // ---------------------------------------------------------------- reading the current data

    public List<DatasetRow> currentDatasets() throws SQLException {
        List<DatasetRow> datasets = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, kind, scope, vintage, file_name, row_count,"
                        + " imported_by, imported_at, sha256 FROM lmi_dataset WHERE current_data = TRUE ORDER BY id")) {
            while (rows.next()) {
                datasets.add(new DatasetRow(
                        rows.getLong(1),
                        LmiDatasetKind.valueOf(rows.getString(2)),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getInt(6),
                        rows.getString(7),
                        rows.getTimestamp(8).toLocalDateTime(),
                        rows.getString(9)));
            }
        }
        return datasets;
    }

    /** The ids of the current datasets, in order: the catalog reloads when this changes. */
    public String currentDatasetKey() throws SQLException {
        StringBuilder key = new StringBuilder();
        try (Statement select = connection.createStatement();
                ResultSet rows =
                        select.executeQuery("SELECT id FROM lmi_dataset WHERE current_data = TRUE ORDER BY id")) {
            while (rows.next()) {
                key.append(rows.getLong(1)).append(',');
            }
        }
        return key.toString();
    }

    public List<AreaRow> areas() throws SQLException {
        List<AreaRow> areas = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, name, type, state_code, lwda_id FROM lmi_area")) {
            while (rows.next()) {
                long lwda = rows.getLong(5);
                areas.add(new AreaRow(
                        new Area(
                                rows.getString(1),
                                rows.getString(2),
                                AreaType.valueOf(rows.getString(3)),
                                rows.getString(4)),
                        rows.wasNull() ? null : lwda));
            }
        }
        return areas;
    }

    public List<ProjectionRow> projections(long datasetId) throws SQLException {
        return query(
                "SELECT dataset_id, area_id, soc, title, detailed, base_year, projected_year, base_employment,"
                        + " projected_employment, employment_change, percent_change, exits, transfers, openings,"
                        + " mean_wage, entry_wage, pct25_wage, median_wage, pct75_wage, experienced_wage,"
                        + " typical_education, work_experience, on_the_job_training FROM lmi_projection"
                        + " WHERE dataset_id = ?",
                datasetId,
                rows -> new ProjectionRow(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getBoolean(5),
                        rows.getInt(6),
                        rows.getInt(7),
                        integer(rows, 8),
                        integer(rows, 9),
                        integer(rows, 10),
                        rows.getBigDecimal(11),
                        integer(rows, 12),
                        integer(rows, 13),
                        integer(rows, 14),
                        integer(rows, 15),
                        integer(rows, 16),
                        integer(rows, 17),
                        integer(rows, 18),
                        integer(rows, 19),
                        integer(rows, 20),
                        rows.getString(21),
                        rows.getString(22),
                        rows.getString(23)));
    }

    public List<WageRow> wages(long datasetId) throws SQLException {
        return query(
                "SELECT dataset_id, area_id, soc, title, o_group, employment, mean_annual, pct10_annual,"
                        + " pct25_annual, median_annual, pct75_annual, pct90_annual, top_coded FROM lmi_wage"
                        + " WHERE dataset_id = ?",
                datasetId,
                rows -> new WageRow(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        integer(rows, 6),
                        integer(rows, 7),
                        integer(rows, 8),
                        integer(rows, 9),
                        integer(rows, 10),
                        integer(rows, 11),
                        integer(rows, 12),
                        rows.getString(13) != null));
    }

    public List<OnetOccupation> occupations(long datasetId) throws SQLException {
        return query(
                "SELECT onet_soc_code, soc, title, description FROM lmi_occupation WHERE dataset_id = ?",
                datasetId,
                rows -> new OnetOccupation(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
    }

    public List<RelatedOccupation> related(long datasetId) throws SQLException {
        return query(
                "SELECT onet_soc_code, related_onet_soc_code, relatedness_tier, rank_index FROM lmi_related_occupation"
                        + " WHERE dataset_id = ?",
                datasetId,
                rows -> new RelatedOccupation(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
    }

    public List<EducationRow> education(long datasetId) throws SQLException {
        return query(
                "SELECT onet_soc_code, category, category_share FROM lmi_education WHERE dataset_id = ?",
                datasetId,
                rows -> new EducationRow(rows.getString(1), integer(rows, 2), rows.getBigDecimal(3)));
    }

    /** The O*NET 29.2 detail tables (job zones to tasks), on the same connection. */
    public OnetDetailsStore onetDetails() {
        return new OnetDetailsStore(this);
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    <T> void batch(String sql, List<T> rows, Binder<T> binder, IntConsumer progress) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    progress.accept(pending);
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
                progress.accept(pending);
            }
        }
    }

    <T> List<T> query(String sql, long datasetId, Mapper<T> mapper) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, datasetId);
            select.setFetchSize(2000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
        }
        return result;
    }

    private long nextDatasetId() throws SQLException {
        boolean postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        String sql = postgres ? "SELECT nextval('lmi_dataset_seq')" : "SELECT NEXT VALUE FOR lmi_dataset_seq";
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
