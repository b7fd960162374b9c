package org.waypoint.service.wages;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.waypoint.persistence.wages.WageImport;
import org.waypoint.persistence.wages.WageImportError;
import org.waypoint.persistence.wages.WageImportQuarter;
import org.waypoint.persistence.wages.WageImportStatus;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.lmi.ImportRejectedException;
import org.waypoint.service.lmi.imports.RowError;
import org.waypoint.service.participant.SsnVault;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.StartupAccounts;

/**
 * The transactions of a wage import: {@link #save} matches and writes a checked file in one
 * transaction of its own (all of it, or on any failure none of it), and {@link #notImported}
 * records a refused or failed file in another, so the refusal stays when the rows are rolled back.
 * SSNs are hashed with the participants' own keyed hash ({@link SsnVault#hash}); no SSN leaves this
 * class. Not for pages or the API: {@link WageImportService} checks who may import.
 *
 * <p>{@link #save} may run for up to two hours on a state's file: its transaction timeout is set per
 * server in the EJB module's descriptors (jboss-ejb3.xml, glassfish-ejb-jar.xml), as no standard
 * annotation sets one.
 */
@Stateless
@PermitAll
public class WageImporter {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SsnVault vault;

    @EJB
    private StartupAccounts startup;

    /**
     * Matches a checked file's rows to the state's participants and saves them with the import record.
     *
     * @throws ImportRejectedException when the file repeats a participant, quarter and employer;
     *     nothing was saved
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public WageImportView save(
            String stateCode,
            String fileName,
            WageColumnMapping mapping,
            String importedBy,
            LocalDateTime startedAt,
            Path file,
            WageFileCheck check,
            WageImportJob job) {
        boolean demo = startup.isDemo();
        vault.isConfigured(demo);
        WageImport record = new WageImport(
                stateCode, fileName, mapping.describe(), importedBy, startedAt, check.rowsRead(), quarters(check));
        em.persist(record);
        em.flush();
        try (Connection connection = dataSource.getConnection();
                InputStream in = Files.newInputStream(file)) {
            WageMatcher matcher = new WageMatcher(
                    new WageStore(connection),
                    stateCode,
                    record.getId(),
                    ssn -> vault.hash(ssn, demo),
                    job == null ? rows -> {} : job::advance);
            new WageFileReader(mapping, CalendarQuarter.of(startedAt.toLocalDate()), matcher, error -> {
                        throw new IllegalStateException("The file changed while it was imported.");
                    })
                    .read(in, fileName);
            matcher.finish();
            if (!matcher.duplicates().isEmpty()) {
                throw new ImportRejectedException(
                        refusal(fileName, matcher.duplicates().size()),
                        matcher.duplicates(),
                        matcher.duplicates().size());
            }
            record.imported(matcher.matched(), matcher.inserted(), matcher.replaced(), LocalDateTime.now());
            em.flush();
            return WageImportView.of(record);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the wage records: " + e.getMessage(), e);
        } catch (WageMatcher.StoreFailure e) {
            throw new IllegalStateException(
                    "The database refused the wage records: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records a file that was refused or failed; nothing of it was saved. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public WageImportView notImported(
            WageImportStatus status,
            String stateCode,
            String fileName,
            WageColumnMapping mapping,
            String importedBy,
            LocalDateTime startedAt,
            int rowsRead,
            String message,
            List<RowError> errors,
            int errorCount) {
        String columns;
        try {
            columns = mapping.describe();
        } catch (RuntimeException e) {
            columns = "(mapping not valid)";
        }
        WageImport record = WageImport.notImported(
                status,
                stateCode,
                fileName,
                columns,
                importedBy,
                startedAt,
                LocalDateTime.now(),
                rowsRead,
                message.length() > 1000 ? message.substring(0, 1000) : message,
                errors.stream()
                        .map(e -> new WageImportError(e.rowNumber(), cut(e.column(), 100), cut(e.message(), 300)))
                        .toList(),
                errorCount);
        em.persist(record);
        em.flush();
        return WageImportView.of(record);
    }

    static String refusal(String fileName, int errorCount) {
        return fileName + " was not imported: " + errorCount + " row error(s). Nothing was saved; correct the rows"
                + " and import the whole file again.";
    }

    private static List<WageImportQuarter> quarters(WageFileCheck check) {
        return check.quarters().entrySet().stream()
                .map((Map.Entry<CalendarQuarter, Integer> q) ->
                        new WageImportQuarter(q.getKey().year(), q.getKey().quarter(), q.getValue()))
                .toList();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
