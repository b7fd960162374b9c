package org.waypoint.service.lmi;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
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
        insert("lmi_job_zone", "onet_soc_code, job_zone", false, datasetId, rows, progress, row ->
                new Object[] {row.onetSocCode(), row.jobZone()});
    }

    public void insertInterests(long datasetId, List<OnetInterests> rows, IntConsumer progress) throws SQLException {
        insert(
                "lmi_interest",
                "onet_soc_code, realistic, investigative, artistic, social, enterprising, conventional, high_points",
                false,
                datasetId,
                rows,
                progress,
                row -> new Object[] {
                    row.onetSocCode(),
                    row.realistic(),
                    row.investigative(),
                    row.artistic(),
                    row.social(),
                    row.enterprising(),
                    row.conventional(),
                    row.highPoints()
                });
    }

    /** A title without a short form is stored with '' (a key column), read back as null. */
    public void insertAlternateTitles(long datasetId, List<OnetAlternateTitle> rows, IntConsumer progress)
            throws SQLException {
        insert(
                "lmi_alternate_title",
                "onet_soc_code, alternate_title, short_title",
                true,
                datasetId,
                rows,
                progress,
                row -> new Object[] {row.onetSocCode(), row.title(), row.shortTitle() == null ? "" : row.shortTitle()});
    }

    public void insertReportedTitles(long datasetId, List<OnetReportedTitle> rows, IntConsumer progress)
            throws SQLException {
        insert(
                "lmi_reported_title",
                "onet_soc_code, reported_title, shown_in_my_next_move",
                true,
                datasetId,
                rows,
                progress,
                row -> new Object[] {row.onetSocCode(), row.title(), row.shownInMyNextMove()});
    }

    public void insertTools(long datasetId, List<OnetTool> rows, IntConsumer progress) throws SQLException {
        insert(
                "lmi_tool",
                "onet_soc_code, example, commodity_code, commodity_title",
                true,
                datasetId,
                rows,
                progress,
                row -> new Object[] {row.onetSocCode(), row.example(), row.commodityCode(), row.commodityTitle()});
    }

    public void insertTechnologySkills(long datasetId, List<OnetTechnologySkill> rows, IntConsumer progress)
            throws SQLException {
        insert(
                "lmi_technology_skill",
                "onet_soc_code, example, commodity_code, commodity_title, hot_technology, in_demand",
                true,
                datasetId,
                rows,
                progress,
                row -> new Object[] {
                    row.onetSocCode(),
                    row.example(),
                    row.commodityCode(),
                    row.commodityTitle(),
                    row.hotTechnology(),
                    row.inDemand()
                });
    }

    public void insertTasks(long datasetId, List<OnetTask> rows, IntConsumer progress) throws SQLException {
        insert("lmi_task", "onet_soc_code, task_id, task, task_type", true, datasetId, rows, progress, row ->
                new Object[] {row.onetSocCode(), row.taskId(), row.task(), row.taskType()});
    }

    /**
     * One batch insert of an import's rows: the dataset id first, then the row's values in the order
     * of {@code columns}, then, for files whose order matters, the row's place in the file (1 first).
     */
    private <T> void insert(
            String table,
            String columns,
            boolean positioned,
            long datasetId,
            List<T> rows,
            IntConsumer progress,
            Function<T, Object[]> values)
            throws SQLException {
        int count = columns.split(",").length;
        String sql = "INSERT INTO " + table + " (dataset_id, " + columns + (positioned ? ", position" : "")
                + ") VALUES (?" + ", ?".repeat(count + (positioned ? 1 : 0)) + ")";
        int[] position = {0};
        store.batch(
                sql,
                rows,
                (statement, row) -> {
                    statement.setLong(1, datasetId);
                    Object[] cells = values.apply(row);
                    for (int i = 0; i < cells.length; i++) {
                        statement.setObject(i + 2, cells[i]);
                    }
                    if (positioned) {
                        statement.setInt(cells.length + 2, ++position[0]);
                    }
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
}
