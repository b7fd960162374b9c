package org.waypoint.tools.participant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference data synthetic participants are placed in, read once before generating: every LWDA
 * that has counties, with its counties and their ZIP codes, its active offices and its enabled
 * case managers. Everything is read in key order so that one seed gives the same data on the same
 * database.
 */
record SyntheticReference(List<Area> areas, Map<String, Long> serviceCodes) {

    /**
     * An LWDA with what a participant of it can point to; offices and case managers may be empty.
     * {@code stateCode} is the LWDA's state, the state of its participants' plans.
     */
    record Area(
            long lwdaId,
            String stateCode,
            List<CountyZips> counties,
            List<Long> officeIds,
            List<CaseManager> caseManagers) {}

    /** A county and the ZIP codes that reach into it (none when the crosswalk has no row for it). */
    record CountyZips(String fips, String name, String stateCode, List<String> zips) {}

    /** {@code displayName} is the name the case manager signs plans with. */
    record CaseManager(long id, String username, String displayName) {}

    static SyntheticReference load(Connection connection) throws SQLException {
        Map<Long, Map<String, CountyZips>> countiesByLwda = new LinkedHashMap<>();
        Map<String, CountyZips> countiesByFips = new LinkedHashMap<>();
        forEachRow(
                connection,
                "SELECT c.lwda_id, c.fips, c.name, c.state_code FROM county c"
                        + " WHERE c.lwda_id IS NOT NULL ORDER BY c.lwda_id, c.fips",
                row -> {
                    CountyZips county =
                            new CountyZips(row.getString(2), row.getString(3), row.getString(4), new ArrayList<>());
                    countiesByLwda
                            .computeIfAbsent(row.getLong(1), id -> new LinkedHashMap<>())
                            .put(county.fips(), county);
                    countiesByFips.put(county.fips(), county);
                });
        forEachRow(connection, "SELECT zip, county_fips FROM zip_county ORDER BY county_fips, zip", row -> {
            CountyZips county = countiesByFips.get(row.getString(2));
            if (county != null) {
                county.zips().add(row.getString(1));
            }
        });
        Map<Long, String> states = new LinkedHashMap<>();
        forEachRow(connection, "SELECT id, state_code FROM lwda", row -> states.put(row.getLong(1), row.getString(2)));
        Map<Long, List<Long>> offices = new LinkedHashMap<>();
        forEachRow(
                connection,
                "SELECT lwda_id, id FROM office WHERE active = TRUE ORDER BY lwda_id, id",
                row -> offices.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(row.getLong(2)));
        Map<Long, List<CaseManager>> caseManagers = new LinkedHashMap<>();
        forEachRow(
                connection,
                "SELECT lwda_id, id, username, display_name FROM staff_account"
                        + " WHERE role = 'CASE_MANAGER' AND enabled = TRUE ORDER BY lwda_id, id",
                row -> caseManagers
                        .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(new CaseManager(row.getLong(2), row.getString(3), row.getString(4))));

        List<Area> areas = new ArrayList<>();
        countiesByLwda.forEach((lwdaId, counties) -> areas.add(new Area(
                lwdaId,
                states.get(lwdaId),
                List.copyOf(counties.values()),
                List.copyOf(offices.getOrDefault(lwdaId, List.of())),
                List.copyOf(caseManagers.getOrDefault(lwdaId, List.of())))));
        // per state, a catalog code that counts for exit (participation-level, keeps the exit clock)
        Map<String, Long> serviceCodes = new LinkedHashMap<>();
        forEachRow(
                connection,
                "SELECT state_code, MIN(id) FROM service_code WHERE active = TRUE AND participation_level = TRUE"
                        + " AND keeps_exit_clock = TRUE GROUP BY state_code",
                row -> serviceCodes.put(row.getString(1), row.getLong(2)));
        return new SyntheticReference(List.copyOf(areas), Map.copyOf(serviceCodes));
    }

    private interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    private static void forEachRow(Connection connection, String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                handler.accept(rows);
            }
        }
    }
}
