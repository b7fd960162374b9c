package org.waypoint.service.wages;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
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
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.wages.WageImport;
import org.waypoint.persistence.wages.WageImportStatus;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.lmi.ImportRejectedException;
import org.waypoint.service.participant.SsnKeyMissingException;
import org.waypoint.service.participant.SsnVault;
import org.waypoint.service.platform.StartupAccounts;
import org.waypoint.service.security.CallerService;

/**
 * A state admin imports the state's quarterly UI wage file, as the LMI imports are imported: from
 * the page in the background with a progress bar ({@link #start}), or in one call from the API
 * ({@link #importFile}). The upload is spooled to a temporary file only the server can read, read
 * twice as it streams (checked whole, then matched in chunks) and deleted whatever happens: the file
 * is not kept. Any bad row refuses the whole file, which is recorded with its row errors; nothing of
 * it is saved. Only the rows of the state's participants are kept (see {@link WageMatching}): a wage
 * record of someone who is not a participant is not Waypoint's business.
 */
@Stateless
@RolesAllowed(Role.STATE_ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WageImportService {

    private static final Logger LOG = Logger.getLogger(WageImportService.class.getName());
    private static final String SPOOL_PREFIX = "waypoint-wages-";
    private static final long JOB_LIFETIME_MILLIS = 60 * 60 * 1000;
    private static final Map<String, WageImportJob> JOBS = new ConcurrentHashMap<>();

    @EJB
    private WageImporter importer;

    @EJB
    private CallerService callers;

    @EJB
    private StartupAccounts startup;

    @Inject
    private SsnVault vault;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /**
     * Imports a file now: the API's call.
     *
     * @throws ImportRejectedException with the row errors when the file is refused (the refusal is recorded)
     */
    public WageImportView importFile(
            String stateCode, String fileName, InputStream content, WageColumnMapping mapping) {
        WageColumnMapping columns = mapping == null ? WageColumnMapping.defaults() : mapping;
        String state = check(stateCode, fileName, columns);
        Path file = spool(content);
        try {
            return run(state, fileName.strip(), columns, callers.current().username(), file, null);
        } finally {
            delete(file);
        }
    }

    /**
     * Receives a file the page uploaded, before the admin starts its import: spooled to a temporary
     * file only the server can read. Pass the answer to {@link #start}, or to {@link #discard} when
     * the page closes without importing it.
     */
    public String receive(InputStream content) {
        return spool(content).toString();
    }

    /** Deletes a received file that will not be imported. */
    public void discard(String received) {
        delete(received(received));
    }

    /** Starts the import of a {@link #receive}d file in the background; follow it with {@link #job}. */
    public WageImportJob start(String stateCode, String fileName, String received, WageColumnMapping mapping) {
        Path file = received(received);
        WageColumnMapping columns = mapping == null ? WageColumnMapping.defaults() : mapping;
        String state;
        try {
            state = check(stateCode, fileName, columns);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        long now = System.currentTimeMillis();
        JOBS.values().removeIf(job -> now - job.getStartedAt() > JOB_LIFETIME_MILLIS);
        WageImportJob job = new WageImportJob(
                UUID.randomUUID().toString(), callers.current().username(), fileName.strip());
        JOBS.put(job.getId(), job);
        context.getBusinessObject(WageImportService.class).runInBackground(job, state, columns, file);
        return job;
    }

    /** Only a file this service spooled: a path in the temporary directory with the spool's name. */
    private static Path received(String received) {
        if (received == null) {
            throw InvalidInputException.of("file", Text.of("wages.import.uploadFirst"));
        }
        Path file = Path.of(received).normalize();
        Path spoolDirectory = Path.of(System.getProperty("java.io.tmpdir")).normalize();
        if (!spoolDirectory.equals(file.getParent())
                || !file.getFileName().toString().startsWith(SPOOL_PREFIX)
                || !Files.isRegularFile(file)) {
            throw InvalidInputException.of("file", Text.of("wages.import.uploadAgain"));
        }
        return file;
    }

    /** Runs a started import; the job records how it ended. The spooled file is deleted at the end. */
    @Asynchronous
    public void runInBackground(WageImportJob job, String stateCode, WageColumnMapping mapping, Path file) {
        try {
            job.succeeded(run(stateCode, job.getFileName(), mapping, job.getOwner(), file, job));
        } catch (ImportRejectedException e) {
            job.failed(
                    e.getMessage(),
                    e.errors().stream()
                            .map(r -> new WageImportView.RowErrorView(r.rowNumber(), r.column(), r.message()))
                            .toList());
        } catch (RuntimeException e) {
            job.failed(e.getMessage(), List.of());
        } finally {
            delete(file);
        }
    }

    /** A job the caller started. */
    public WageImportJob job(String id) {
        WageImportJob job = id == null ? null : JOBS.get(id);
        if (job == null || !job.getOwner().equals(callers.current().username())) {
            throw new AccessDeniedException("No such import of yours.");
        }
        return job;
    }

    /** The imports, newest first: of one state, or of every state when {@code stateCode} is empty. */
    @RolesAllowed({Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<WageImportView> history(String stateCode) {
        var query = stateCode == null || stateCode.isBlank()
                ? em.createNamedQuery(WageImport.FIND_ALL, WageImport.class)
                : em.createNamedQuery(WageImport.FIND_BY_STATE, WageImport.class)
                        .setParameter("state", state(stateCode));
        return query.setMaxResults(200)
                .getResultStream()
                .map(WageImportView::of)
                .toList();
    }

    /** The states whose files may be imported, by code. */
    public List<String> states() {
        return em.createQuery("SELECT DISTINCT l.state.code FROM Lwda l ORDER BY l.state.code", String.class)
                .getResultList();
    }

    private WageImportView run(
            String state, String fileName, WageColumnMapping mapping, String who, Path file, WageImportJob job) {
        LocalDateTime started = LocalDateTime.now();
        WageFileCheck check;
        try (InputStream in = Files.newInputStream(file)) {
            check = WageFileCheck.of(
                    job == null ? in : job.checking(in, Files.size(file)),
                    fileName,
                    mapping,
                    CalendarQuarter.of(started.toLocalDate()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (check.unreadable() != null || check.errorCount() > 0 || check.rowsRead() == 0) {
            String message = check.unreadable() != null
                    ? fileName + " was not imported: " + check.unreadable() + ". Nothing was saved."
                    : check.rowsRead() == 0
                            ? fileName + " was not imported: it has no data rows."
                            : WageImporter.refusal(fileName, check.errorCount());
            refuse(state, fileName, mapping, who, started, check.rowsRead(), message, check, WageImportStatus.REFUSED);
            throw new ImportRejectedException(message, check.errors(), check.errorCount());
        }
        if (job != null) {
            job.saving(check.rowsRead());
        }
        try {
            WageImportView view = importer.save(state, fileName, mapping, who, started, file, check, job);
            LOG.info(() -> who + " imported the " + state + " wage file " + view.fileName() + ": " + view.rowsRead()
                    + " rows, " + view.rowsMatched() + " matched, " + view.rowsReplaced() + " replaced");
            return view;
        } catch (ImportRejectedException e) {
            importer.notImported(
                    WageImportStatus.REFUSED,
                    state,
                    fileName,
                    mapping,
                    who,
                    started,
                    check.rowsRead(),
                    e.getMessage(),
                    e.errors(),
                    e.errorCount());
            throw e;
        } catch (EJBException | IllegalStateException | UncheckedIOException e) {
            String message =
                    fileName + " was not imported: the import failed and nothing was saved (" + rootMessage(e) + ").";
            LOG.warning(() -> "The wage import of " + fileName + " failed: " + rootMessage(e));
            importer.notImported(
                    WageImportStatus.FAILED,
                    state,
                    fileName,
                    mapping,
                    who,
                    started,
                    check.rowsRead(),
                    message,
                    List.of(),
                    0);
            throw new ImportRejectedException(message);
        }
    }

    private void refuse(
            String state,
            String fileName,
            WageColumnMapping mapping,
            String who,
            LocalDateTime started,
            int rowsRead,
            String message,
            WageFileCheck check,
            WageImportStatus status) {
        importer.notImported(
                status, state, fileName, mapping, who, started, rowsRead, message, check.errors(), check.errorCount());
    }

    private String check(String stateCode, String fileName, WageColumnMapping mapping) {
        String state = state(stateCode);
        if (fileName == null || fileName.isBlank()) {
            throw InvalidInputException.of("fileName", Text.of("wages.import.nameFile"));
        }
        if (fileName.strip().length() > 255) {
            throw InvalidInputException.of("fileName", Text.of("wages.import.fileNameLength", 255));
        }
        mapping.validate();
        if (!vault.isConfigured(startup.isDemo())) {
            throw new SsnKeyMissingException();
        }
        return state;
    }

    private String state(String stateCode) {
        String code = stateCode == null ? null : stateCode.strip().toUpperCase(Locale.ROOT);
        if (code == null || code.isEmpty() || em.find(StateProfile.class, code) == null) {
            throw InvalidInputException.of("stateCode", Text.of("wages.import.chooseState"));
        }
        return code;
    }

    /** Copies the upload to a temporary file only the server's user can read; the caller deletes it. */
    private static Path spool(InputStream content) {
        if (content == null) {
            throw InvalidInputException.of("file", Text.of("wages.import.sendFile"));
        }
        Path file = null;
        try {
            file = Files.createTempFile(SPOOL_PREFIX, ".csv");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the temporary directory's own protection applies
            }
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(file) == 0) {
                delete(file);
                throw InvalidInputException.of("file", Text.of("wages.import.emptyFile"));
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("The upload could not be received", e);
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete the spooled wage file " + file + ": " + e.getMessage());
        }
    }

    /** The failure's innermost cause without the values a database error quotes (wage rows are case data). */
    private static String rootMessage(Throwable e) {
        return org.waypoint.persistence.common.LogRedaction.root(e);
    }
}
