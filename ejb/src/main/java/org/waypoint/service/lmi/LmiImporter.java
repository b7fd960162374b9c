package org.waypoint.service.lmi;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.service.platform.DatabaseMigrator;

/**
 * Runs one {@link LmiImport} in a transaction of its own: it commits whole or, on any failure,
 * rolls back whole, so the previous data stays as it was. Not for pages or the API: the secured
 * {@link LmiImportService} and the first-start loader call it.
 */
@Stateless
@PermitAll
public class LmiImporter {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportSummary run(
            LmiDatasetKind kind,
            String fileName,
            byte[] content,
            String vintage,
            String importedBy,
            boolean confirmed,
            ImportProgress progress) {
        try (Connection connection = dataSource.getConnection()) {
            return new LmiImport(connection, confirmed)
                    .run(kind, fileName, content, vintage, importedBy, LocalDateTime.now(), progress);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The import of " + fileName + " failed in the database; nothing was" + " changed: "
                            + e.getMessage(),
                    e);
        }
    }
}
