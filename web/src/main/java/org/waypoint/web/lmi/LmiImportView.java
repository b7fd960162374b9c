package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.waypoint.persistence.lmi.LmiDataset;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.service.common.upload.UploadLimit;
import org.waypoint.service.lmi.ImportJob;
import org.waypoint.service.lmi.LmiImportService;
import org.waypoint.web.common.Pages;

/**
 * admin/lmi-imports.xhtml: a state administrator uploads a published LMI file and watches the
 * import's progress; the history shows every import with its vintage, who did it and whether it is
 * still current. A file much smaller than the data in use is held: the page shows both row counts
 * and imports it only when the administrator confirms.
 */
@Named
@ViewScoped
public class LmiImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LmiImportService imports;

    private LmiDatasetKind kind = LmiDatasetKind.OCCUPATIONAL_OUTLOOK;
    private String vintage;
    private String fileName;
    private byte[] content;
    private String jobId;
    private List<LmiDataset> history;

    public void load() {
        history = imports.history();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file.getSize() > UploadLimit.LMI_IMPORT.bytes()) {
            // The page's own limit stops it in the browser; this is for a browser that ignored it.
            Pages.error(UploadLimit.LMI_IMPORT.message());
            return;
        }
        fileName = file.getFileName();
        content = file.getContent();
    }

    public void start() {
        start(false);
    }

    /** The administrator confirms a held import: the same file, imported although much smaller. */
    public void confirm() {
        ImportJob job = getJob();
        if (job == null || job.getState() != ImportJob.State.HELD) {
            return;
        }
        start(true);
    }

    private void start(boolean confirmed) {
        if (content == null) {
            Pages.error(Pages.text("lmi.imports.chooseFile"));
            return;
        }
        try {
            jobId = imports.start(kind, fileName, content, vintage, confirmed).getId();
            if (confirmed) {
                content = null;
            }
        } catch (RuntimeException e) {
            Pages.show(e, "imports");
        }
    }

    public String getHeldMessage() {
        ImportJob job = getJob();
        return job == null || job.getState() != ImportJob.State.HELD
                ? null
                : Pages.text("lmi.imports.heldCounts", job.getHeldRows(), job.getCurrentRows());
    }

    /** The running or finished import of this page, or null. */
    public ImportJob getJob() {
        return jobId == null ? null : imports.job(jobId);
    }

    public int getProgress() {
        ImportJob job = getJob();
        return job == null ? 0 : job.percent();
    }

    public boolean isRunning() {
        ImportJob job = getJob();
        return job != null && job.getState() == ImportJob.State.RUNNING;
    }

    /** Called when the progress bar reaches 100: the history shows the new import. */
    public void finished() {
        history = imports.history();
        ImportJob job = getJob();
        if (job != null && job.getState() != ImportJob.State.HELD) {
            content = null; // kept only while a held import may still be confirmed
        }
    }

    public String getDoneMessage() {
        ImportJob job = getJob();
        return job == null || job.getSummary() == null
                ? null
                : Pages.text(
                        "lmi.imports.done",
                        job.getSummary().rowsImported(),
                        job.getFileName(),
                        job.getSummary().vintage());
    }

    public LmiDatasetKind[] getKinds() {
        return LmiDatasetKind.values();
    }

    public LmiDatasetKind getKind() {
        return kind;
    }

    public void setKind(LmiDatasetKind kind) {
        this.kind = kind;
    }

    public String getVintage() {
        return vintage;
    }

    public void setVintage(String vintage) {
        this.vintage = vintage;
    }

    public String getFileName() {
        return fileName;
    }

    public List<LmiDataset> getHistory() {
        return history;
    }
}
