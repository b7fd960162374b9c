package org.waypoint.web.wages;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.waypoint.service.wages.WageColumnMapping;
import org.waypoint.service.wages.WageImportJob;
import org.waypoint.service.wages.WageImportService;
import org.waypoint.service.wages.WageImportView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * admin/wage-imports.xhtml: a state admin uploads the state's quarterly UI wage file, says how its
 * columns are laid out when they are not the default, starts the import and watches its progress;
 * the list shows every import with its counts and, for a refused file, its row errors. The upload
 * goes straight to the service's private spool file (never into the view's state) and is deleted
 * when the import ends or the page is left without importing.
 */
@Named
@ViewScoped
public class WageImportPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WageImportService imports;

    private String stateCode;
    private List<String> states;
    private RecordDraft<WageColumnMapping> mapping = RecordDraft.empty(WageColumnMapping.class);
    private String fileName;
    private String received;
    private String jobId;
    private List<WageImportView> history;
    /** False from an import's start until the list is read again after it ended. */
    private boolean historyCurrent = true;

    public void load() {
        states = imports.states();
        if (stateCode == null && !states.isEmpty()) {
            stateCode = states.get(0);
        }
        mapping.set("hasHeader", Boolean.TRUE);
        history = imports.history(stateCode);
    }

    public void upload(FileUploadEvent event) {
        discardReceived();
        try (InputStream in = event.getFile().getInputStream()) {
            received = imports.receive(in);
            fileName = event.getFile().getFileName();
        } catch (IOException | RuntimeException e) {
            Pages.error(Pages.text("wages.imports.uploadFailed"));
        }
    }

    public void start() {
        if (received == null) {
            Pages.error(Pages.text("wages.imports.chooseFile"));
            return;
        }
        try {
            jobId = imports.start(stateCode, fileName, received, mapping.toRecord())
                    .getId();
            received = null;
        } catch (RuntimeException e) {
            received = null;
            fileName = null;
            Pages.show(e, "imports");
        }
    }

    /** The state chosen: the list shows its imports. */
    public void stateChanged() {
        history = imports.history(stateCode);
    }

    /** The running or finished import of this page, or null. */
    public WageImportJob getJob() {
        return jobId == null ? null : imports.job(jobId);
    }

    public int getProgress() {
        WageImportJob job = getJob();
        return job == null ? 0 : job.percent();
    }

    public boolean isRunning() {
        WageImportJob job = getJob();
        return job != null && job.getState() == WageImportJob.State.RUNNING;
    }

    /** Called when the progress bar reaches 100: the list shows the new import. */
    public void finished() {
        history = imports.history(stateCode);
        historyCurrent = true;
    }

    public String getDoneMessage() {
        WageImportJob job = getJob();
        WageImportView done = job == null ? null : job.getResult();
        return done == null
                ? null
                : Pages.text(
                        "wages.imports.done",
                        done.rowsRead(),
                        done.fileName(),
                        done.rowsMatched(),
                        done.rowsUnmatched(),
                        done.rowsInserted(),
                        done.rowsReplaced());
    }

    @PreDestroy
    void discardReceived() {
        if (received != null) {
            try {
                imports.discard(received);
            } catch (RuntimeException e) {
                // already gone
            }
            received = null;
        }
    }

    public List<String> getStates() {
        return states;
    }

    public String getStateCode() {
        return stateCode;
    }

    public void setStateCode(String stateCode) {
        this.stateCode = stateCode;
    }

    public RecordDraft<WageColumnMapping> getMapping() {
        return mapping;
    }

    public String getFileName() {
        return fileName;
    }

    /** The imports; read again once the page's import has ended (a quick refusal ends before the bar polls). */
    public List<WageImportView> getHistory() {
        if (!historyCurrent && !isRunning()) {
            history = imports.history(stateCode);
            historyCurrent = true;
        }
        return history;
    }
}
