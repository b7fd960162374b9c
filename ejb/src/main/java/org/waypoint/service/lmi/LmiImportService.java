package org.waypoint.service.lmi;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.waypoint.persistence.lmi.LmiDataset;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.common.upload.UploadLimit;
import org.waypoint.service.common.upload.UploadedContent;
import org.waypoint.service.security.CallerService;

/**
 * State administrators import the published LMI files: from the browser, in the background with a
 * progress bar ({@link #start}), or in one call from the API and the command line ({@link
 * #importFile}). Either way one import is one transaction, and the in-memory data is reloaded once
 * it has committed.
 */
@Stateless
@RolesAllowed(Role.STATE_ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LmiImportService {

    /**
     * The kinds published as tab- or comma-separated text; the others are workbooks. O*NET's
     * education file comes as either: a workbook is left to its reader.
     */
    private static final Set<LmiDatasetKind> TEXT_KINDS =
            EnumSet.complementOf(EnumSet.of(LmiDatasetKind.OCCUPATIONAL_OUTLOOK, LmiDatasetKind.OEWS_WAGES));

    private static final Logger LOG = Logger.getLogger(LmiImportService.class.getName());
    private static final long JOB_LIFETIME_MILLIS = 60 * 60 * 1000;
    private static final Map<String, ImportJob> JOBS = new ConcurrentHashMap<>();

    @EJB
    private LmiImporter importer;

    @EJB
    private LmiCatalog catalog;

    @EJB
    private CallerService callers;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /**
     * Imports a file now.
     *
     * @param confirmed the administrator confirmed a file much smaller than the data in use
     * @throws SmallerVintageException when the file is much smaller and not confirmed
     * @throws ImportRejectedException naming what is wrong with the file; nothing was changed
     */
    public ImportSummary importFile(
            LmiDatasetKind kind, String fileName, byte[] content, String vintage, boolean confirmed) {
        check(kind, fileName, content);
        String who = callers.current().username();
        ImportSummary summary =
                importer.run(kind, fileName.strip(), content, vintage, who, confirmed, ImportProgress.NONE);
        catalog.reload();
        LOG.info(() -> who + " imported " + summary.fileName() + " (" + summary.vintage() + "): "
                + summary.rowsImported() + " rows");
        return summary;
    }

    /**
     * Starts an import in the background; follow it with {@link #job}. A file much smaller than the
     * data in use ends {@link ImportJob.State#HELD} unless {@code confirmed}.
     */
    public ImportJob start(LmiDatasetKind kind, String fileName, byte[] content, String vintage, boolean confirmed) {
        check(kind, fileName, content);
        long now = System.currentTimeMillis();
        JOBS.values().removeIf(job -> now - job.getStartedAt() > JOB_LIFETIME_MILLIS);
        ImportJob job =
                new ImportJob(UUID.randomUUID().toString(), callers.current().username(), kind, fileName.strip());
        JOBS.put(job.getId(), job);
        context.getBusinessObject(LmiImportService.class).run(job, content, vintage, confirmed);
        return job;
    }

    /** Runs a started import; the job records how it ended. */
    @Asynchronous
    public void run(ImportJob job, byte[] content, String vintage, boolean confirmed) {
        try {
            job.succeeded(
                    importer.run(job.getKind(), job.getFileName(), content, vintage, job.getOwner(), confirmed, job));
            catalog.reload();
        } catch (SmallerVintageException e) {
            job.held(e);
        } catch (ImportRejectedException e) {
            job.failed(e.getMessage(), e.errors(), e.errorCount());
        } catch (EJBException | IllegalStateException e) {
            LOG.warning(() -> "Import of " + job.getFileName() + " failed: " + e);
            job.failed("The import failed and nothing was changed: " + rootMessage(e), List.of(), 0);
        }
    }

    /** A job the caller started. */
    public ImportJob job(String id) {
        ImportJob job = id == null ? null : JOBS.get(id);
        if (job == null || !job.getOwner().equals(callers.current().username())) {
            throw new AccessDeniedException(Text.of("lmi.import.notYours"));
        }
        return job;
    }

    /** Every import, newest first, with the superseded ones. */
    @RolesAllowed({Role.STATE_ADMIN_NAME, Role.LWDA_ADMIN_NAME, Role.MONITOR_NAME, Role.CASE_MANAGER_NAME})
    public List<LmiDataset> history() {
        return em.createNamedQuery(LmiDataset.FIND_ALL, LmiDataset.class).getResultList();
    }

    private static void check(LmiDatasetKind kind, String fileName, byte[] content) {
        if (kind == null) {
            throw InvalidInputException.of("kind", Text.of("lmi.import.chooseKind"));
        }
        if (fileName == null || fileName.isBlank()) {
            throw InvalidInputException.of("fileName", Text.of("lmi.import.nameFile"));
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", Text.of("lmi.import.emptyFile"));
        }
        UploadLimit.LMI_IMPORT.check(content.length);
        if (TEXT_KINDS.contains(kind) && !isWorkbook(content)) {
            // The parsers read text as UTF-8 too; this also refuses binary files named .csv. A
            // workbook sent as a text kind is left to the reader, which names it as one.
            UploadedContent.requireText("file", content);
        }
    }

    /** An .xlsx file is a zip archive; the workbook reader judges it. */
    private static boolean isWorkbook(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
