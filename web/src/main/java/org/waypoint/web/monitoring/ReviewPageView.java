package org.waypoint.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.persistence.monitoring.ItemResult;
import org.waypoint.service.monitoring.FileView;
import org.waypoint.service.monitoring.FindingService;
import org.waypoint.service.monitoring.ItemInput;
import org.waypoint.service.monitoring.ItemView;
import org.waypoint.service.monitoring.MonitoringService;
import org.waypoint.service.monitoring.ResponseInput;
import org.waypoint.service.monitoring.ReviewView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.security.SessionUser;

/**
 * monitoring/review.xhtml?id=: a compliance review's sampled files, each file's checklist (what the
 * records suggest, the evidence, the monitor's result and comment, saved file by file), and the
 * findings: the monitor sets their due dates and closes or reopens them; the LWDA admin answers.
 */
@Named
@ViewScoped
public class ReviewPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MonitoringService monitoring;

    @EJB
    private FindingService findings;

    @Inject
    private SessionUser user;

    private Long id;
    private ReviewView review;
    private final Map<Long, ItemEdit> edits = new HashMap<>();
    private final Map<Long, String> responses = new HashMap<>();

    public void load() {
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        try {
            show(monitoring.review(id));
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    private void show(ReviewView view) {
        review = view;
        edits.clear();
        responses.clear();
        for (FileView f : view.files()) {
            for (ItemView i : f.items()) {
                edits.put(i.id(), new ItemEdit(i));
                responses.put(i.id(), i.response());
            }
        }
    }

    /** Saves every item of the file in one transaction. */
    public void saveFile(FileView file) {
        try {
            Map<Long, ItemInput> inputs = new LinkedHashMap<>();
            for (ItemView i : file.items()) {
                ItemEdit edit = edits.get(i.id());
                if (edit.getResult() != null) {
                    inputs.put(i.id(), edit.input());
                }
            }
            monitoring.checkAll(id, inputs);
            Pages.info("monitoring.saved", file.participantNumber());
            show(monitoring.review(id));
        } catch (RuntimeException e) {
            Pages.show(e, "review");
        }
    }

    public void close(ItemView finding) {
        try {
            monitoring.close(finding.id(), finding.version());
            Pages.info("monitoring.closed");
            show(monitoring.review(id));
        } catch (RuntimeException e) {
            Pages.show(e, "findings");
        }
    }

    public void reopen(ItemView finding) {
        try {
            monitoring.reopen(finding.id(), finding.version());
            show(monitoring.review(id));
        } catch (RuntimeException e) {
            Pages.show(e, "findings");
        }
    }

    public void respond(ItemView finding) {
        try {
            findings.respond(finding.id(), new ResponseInput(responses.get(finding.id()), finding.version()));
            Pages.info("monitoring.responded");
            show(monitoring.review(id));
        } catch (RuntimeException e) {
            Pages.show(e, "findings");
        }
    }

    /** Monitors and state admins record results and close findings. */
    public boolean isMonitoring() {
        return user.isMonitor() || user.isStateAdmin();
    }

    /** The LWDA admin (or a state admin) answers findings. */
    public boolean isAnswering() {
        return user.isLwdaAdmin() || user.isStateAdmin();
    }

    public ItemResult[] getResults() {
        return ItemResult.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReviewView getReview() {
        return review;
    }

    public Map<Long, ItemEdit> getEdits() {
        return edits;
    }

    public Map<Long, String> getResponses() {
        return responses;
    }
}
