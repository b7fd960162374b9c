package org.waypoint.service.lmi;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.waypoint.service.platform.DatabaseMigrator;

/**
 * Holds the current labour-market data in memory ({@link LmiData}) with its search index, for
 * every profile and search of the server. Reloaded after an import here, and when a glance at the
 * current dataset ids (at most every {@value #CHECK_MILLIS} ms) shows that another server of the
 * cluster imported something. Readers never wait for a reload: they keep the data they have.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LmiCatalog {

    /** 20 s, so that another node's import is seen within 30 s with the reload (issue 22, ClusterFailoverIT). */
    static final long CHECK_MILLIS = 20_000;

    private static final Logger LOG = Logger.getLogger(LmiCatalog.class.getName());

    /** The data and what is built from it, replaced together. */
    public record Snapshot(LmiData data, OccupationProfiles profiles, OccupationSearch search, String key) {}

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    public Snapshot current() {
        Snapshot loaded = snapshot;
        if (loaded == null) {
            return reload();
        }
        if (System.currentTimeMillis() - checkedAt > CHECK_MILLIS) {
            checkedAt = System.currentTimeMillis();
            try (Connection connection = dataSource.getConnection()) {
                if (!new LmiStore(connection).currentDatasetKey().equals(loaded.key())) {
                    return reload();
                }
            } catch (SQLException e) {
                LOG.warning(() -> "Cannot check for newer LMI data, keeping what is loaded: " + e.getMessage());
            }
        }
        return loaded;
    }

    /** Reads the current datasets again; called after an import commits. */
    public synchronized Snapshot reload() {
        try (Connection connection = dataSource.getConnection()) {
            LmiStore store = new LmiStore(connection);
            String key = store.currentDatasetKey();
            Snapshot loaded = snapshot;
            if (loaded != null && loaded.key().equals(key)) {
                checkedAt = System.currentTimeMillis();
                return loaded;
            }
            long start = System.nanoTime();
            LmiData data = LmiData.load(store);
            Snapshot fresh = new Snapshot(data, new OccupationProfiles(data), new OccupationSearch(data), key);
            snapshot = fresh;
            checkedAt = System.currentTimeMillis();
            LOG.info(() -> "LMI data loaded: " + data.datasets().size() + " datasets, "
                    + data.areas().size()
                    + " areas, " + data.titles().size() + " occupations in " + (System.nanoTime() - start) / 1_000_000
                    + " ms");
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the labour-market data", e);
        }
    }
}
