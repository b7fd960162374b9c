package org.waypoint.web.reporting.pirl;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.reporting.pirl.PirlError;
import org.waypoint.service.reporting.pirl.PirlQuarter;
import org.waypoint.service.reporting.pirl.PirlRunService;
import org.waypoint.service.reporting.pirl.PirlRunView;
import org.waypoint.web.common.Pages;

/**
 * reports/pirl.xhtml: a state admin starts the quarterly PIRL run for a state and quarter and
 * watches it (the page polls the run's row while it runs), sees every run with its counts and
 * SHA-256, opens a run's findings with a link to the participant to fix, and downloads a completed
 * file. Monitors see the history and the findings, read-only, without the file (it holds SSNs).
 */
@Named
@ViewScoped
public class PirlPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PirlRunService runs;

    private String stateCode;
    private String quarter;
    private List<String> states;
    private List<PirlRunView> history;
    private Long selectedId;
    private PirlRunView selected;
    private List<PirlError> errors;

    public void load() {
        states = runs.states();
        if (stateCode == null) {
            // the state of the newest run, else the first state
            List<PirlRunView> all = runs.history(null);
            stateCode = !all.isEmpty() ? all.get(0).stateCode() : states.isEmpty() ? null : states.get(0);
        }
        if (quarter == null) {
            quarter = PirlQuarter.code(
                    CalendarQuarter.of(java.time.LocalDate.now()).plus(-1));
        }
        refresh();
    }

    public void start() {
        try {
            PirlRunView run = runs.start(stateCode, quarter, null);
            select(run.id());
            refresh();
        } catch (RuntimeException e) {
            Pages.show(e, "pirl");
        }
    }

    /** Called by the poll while the chosen run is running. */
    public void poll() {
        if (selectedId != null) {
            selected = runs.run(selectedId);
            if (!selected.running()) {
                errors = runs.errors(selectedId, 0, 500);
                refresh();
            }
        }
    }

    public void select(long id) {
        selectedId = id;
        selected = runs.run(id);
        errors = runs.errors(id, 0, 500);
    }

    public void restart(long id) {
        try {
            runs.restart(id);
            select(id);
            refresh();
        } catch (RuntimeException e) {
            Pages.show(e, "pirl");
        }
    }

    public void stateChanged() {
        refresh();
    }

    private void refresh() {
        history = runs.history(stateCode);
    }

    public boolean isPolling() {
        return selected != null && selected.running();
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

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public List<PirlRunView> getHistory() {
        return history;
    }

    public PirlRunView getSelected() {
        return selected;
    }

    public List<PirlError> getErrors() {
        return errors;
    }
}
