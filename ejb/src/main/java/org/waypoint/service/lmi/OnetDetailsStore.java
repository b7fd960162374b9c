package org.waypoint.service.lmi;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.waypoint.service.lmi.imports.OnetAlternateTitle;
import org.waypoint.service.lmi.imports.OnetInterests;
import org.waypoint.service.lmi.imports.OnetJobZone;
import org.waypoint.service.lmi.imports.OnetReportedTitle;
import org.waypoint.service.lmi.imports.OnetTask;
import org.waypoint.service.lmi.imports.OnetTechnologySkill;
import org.waypoint.service.lmi.imports.OnetTool;

/**
 * The O*NET files added with 29.2 (job zones, interests, alternate and reported titles, tools,
 * technology skills, tasks) over {@link LmiStore}'s JDBC plumbing: written in batches by an import,
 * read whole into {@link LmiData}. Lists keep the file's order through a position column, whatever
 * the database's collation.
 */
public final class OnetDetailsStore {

    private final LmiStore store;

    OnetDetailsStore(LmiStore store) {
        this.store = store;
    }

    // ---------------------------------------------------------------- writing one import

    public void insertJobZones(long datasetId, List<OnetJobZone> rows, IntConsumer progress) throws SQLException {
        store.batch(
                "INSERT INTO lmi_job_zone (dataset_id, onet_soc_code, job_zone) VALUES (?, ?, ?)",
                rows,
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    statement.setString(2, row.onetSocCode());
                    statement.setInt(3, row.jobZone());
                },
                progress);
    }

    public void insertInterests(long datasetId, List<OnetInterests> rows, IntConsumer progress) throws SQLException {
        store.batch(
                "INSERT INTO lmi_interest (dataset_id, onet_soc_code, realistic, investigative, artistic, social,"
                        + " enterprising, conventional, high_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    statement.setString(2, row.onetSocCode());
                    statement.setBigDecimal(3, row.realistic());
                    statement.setBigDecimal(4, row.investigative());
                    statement.setBigDecimal(5, row.artistic());
                    statement.setBigDecimal(6, row.social());
                    statement.setBigDecimal(7, row.enterprising());
                    statement.setBigDecimal(8, row.conventional());
                    statement.setString(9, row.highPoints());
                },
                progress);
    }

    /** A title without a short form is stored with '' (a key column), read back as null. */
    public void insertAlternateTitles(long datasetId, List<OnetAlternateTitle> rows, IntConsumer progress)
            throws SQLException {
        store.batch(
                "INSERT INTO lmi_alternate_title (dataset_id, onet_soc_code, alternate_title, short_title, position)"
                        + " VALUES (?, ?, ?, ?, ?)",
                positioned(rows),
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    statement.setString(2, row.value().onetSocCode());
                    statement.setString(3, row.value().title());
                    statement.setString(
                            4,
                            row.value().shortTitle() == null ? "" : row.value().shortTitle());
                    statement.setInt(5, row.position());
                },
                progress);
    }

    public void insertReportedTitles(long datasetId, List<OnetReportedTitle> rows, IntConsumer progress)
            throws SQLException {
        store.batch(
                "INSERT INTO lmi_reported_title (dataset_id, onet_soc_code, reported_title, shown_in_my_next_move,"
                        + " position) VALUES (?, ?, ?, ?, ?)",
                positioned(rows),
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    statement.setString(2, row.value().onetSocCode());
                    statement.setString(3, row.value().title());
                    statement.setBoolean(4, row.value().shownInMyNextMove());
                    statement.setInt(5, row.position());
                },
                progress);
    }

    public void insertTools(long datasetId, List<OnetTool> rows, IntConsumer progress) throws SQLException {
        store.batch(
                "INSERT INTO lmi_tool (dataset_id, onet_soc_code, example, commodity_code, commodity_title, position)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                positioned(rows),
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    statement.setString(2, row.value().onetSocCode());
                    statement.setString(3, row.value().example());
                    statement.setString(4, row.value().commodityCode());
                    statement.setString(5, row.value().commodityTitle());
                    statement.setInt(6, row.position());
                },
                progress);
    }

    public void insertTechnologySkills(long datasetId, List<OnetTechnologySkill> rows, IntConsumer progress)
            throws SQLException {
        store.batch(
                "INSERT INTO lmi_technology_skill (dataset_id, onet_soc_code, example, commodity_code,"
                        + " commodity_title, hot_technology, in_demand, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                positioned(rows),
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    statement.setString(2, row.value().onetSocCode());
                    statement.setString(3, row.value().example());
                    statement.setString(4, row.value().commodityCode());
                    statement.setString(5, row.value().commodityTitle());
                    statement.setBoolean(6, row.value().hotTechnology());
                    statement.setBoolean(7, row.value().inDemand());
                    statement.setInt(8, row.position());
                },
                progress);
    }

    public void insertTasks(long datasetId, List<OnetTask> rows, IntConsumer progress) throws SQLException {
        store.batch(
                "INSERT INTO lmi_task (dataset_id, onet_soc_code, task_id, task, task_type, position)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                positioned(rows),
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    statement.setString(2, row.value().onetSocCode());
                    statement.setLong(3, row.value().taskId());
                    statement.setString(4, row.value().task());
                    statement.setString(5, row.value().taskType());
                    statement.setInt(6, row.position());
                },
                progress);
    }

    // ---------------------------------------------------------------- reading the current data

    public List<OnetJobZone> jobZones(long datasetId) throws SQLException {
        return store.query(
                "SELECT onet_soc_code, job_zone FROM lmi_job_zone WHERE dataset_id = ? ORDER BY onet_soc_code",
                datasetId,
                rows -> new OnetJobZone(rows.getString(1), rows.getInt(2)));
    }

    public List<OnetInterests> interests(long datasetId) throws SQLException {
        return store.query(
                "SELECT onet_soc_code, realistic, investigative, artistic, social, enterprising, conventional,"
                        + " high_points FROM lmi_interest WHERE dataset_id = ? ORDER BY onet_soc_code",
                datasetId,
                rows -> new OnetInterests(
                        rows.getString(1),
                        rows.getBigDecimal(2),
                        rows.getBigDecimal(3),
                        rows.getBigDecimal(4),
                        rows.getBigDecimal(5),
                        rows.getBigDecimal(6),
                        rows.getBigDecimal(7),
                        rows.getString(8)));
    }

    public List<OnetAlternateTitle> alternateTitles(long datasetId) throws SQLException {
        return store.query(
                "SELECT onet_soc_code, alternate_title, short_title FROM lmi_alternate_title WHERE dataset_id = ?"
                        + " ORDER BY position",
                datasetId,
                rows -> {
                    String shortTitle = rows.getString(3);
                    return new OnetAlternateTitle(
                            rows.getString(1),
                            rows.getString(2),
                            shortTitle == null || shortTitle.isEmpty() ? null : shortTitle);
                });
    }

    public List<OnetReportedTitle> reportedTitles(long datasetId) throws SQLException {
        return store.query(
                "SELECT onet_soc_code, reported_title, shown_in_my_next_move FROM lmi_reported_title"
                        + " WHERE dataset_id = ? ORDER BY position",
                datasetId,
                rows -> new OnetReportedTitle(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
    }

    public List<OnetTool> tools(long datasetId) throws SQLException {
        return store.query(
                "SELECT onet_soc_code, example, commodity_code, commodity_title FROM lmi_tool WHERE dataset_id = ?"
                        + " ORDER BY position",
                datasetId,
                rows -> new OnetTool(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
    }

    public List<OnetTechnologySkill> technologySkills(long datasetId) throws SQLException {
        return store.query(
                "SELECT onet_soc_code, example, commodity_code, commodity_title, hot_technology, in_demand"
                        + " FROM lmi_technology_skill WHERE dataset_id = ? ORDER BY position",
                datasetId,
                rows -> new OnetTechnologySkill(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getBoolean(5),
                        rows.getBoolean(6)));
    }

    public List<OnetTask> tasks(long datasetId) throws SQLException {
        return store.query(
                "SELECT onet_soc_code, task_id, task, task_type FROM lmi_task WHERE dataset_id = ? ORDER BY position",
                datasetId,
                rows -> new OnetTask(
                        rows.getString(1),
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getString(4),
                        OnetTask.CORE.equals(rows.getString(4))));
    }

    /** A row with its place in the file, 1 first. */
    private record Positioned<T>(T value, int position) {}

    private static <T> List<Positioned<T>> positioned(List<T> rows) {
        List<Positioned<T>> positioned = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            positioned.add(new Positioned<>(rows.get(i), i + 1));
        }
        return positioned;
    }
}
