package org.waypoint.web.caseload;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.caseload.CaseloadBoard;
import org.waypoint.service.caseload.CaseloadMeasure;
import org.waypoint.service.caseload.CaseloadParticipant;
import org.waypoint.service.caseload.CaseloadRow;
import org.waypoint.service.caseload.CaseloadService;
import org.waypoint.service.caseload.ReassignInput;
import org.waypoint.service.caseload.ReassignResult;
import org.waypoint.service.caseload.ReassignmentService;
import org.waypoint.web.common.Pages;
import org.waypoint.web.security.SessionUser;

/**
 * caseloads/index.xhtml: an LWDA's caseload board (an LWDA admin's own; a state admin chooses the
 * LWDA). Each figure lists its participants below the board; so does the filter "this case
 * manager's (active) participants". From that list the admin selects participants and reassigns
 * them to a case manager (and office) of the LWDA; the board is counted again afterwards.
 */
@Named
@ViewScoped
public class CaseloadBoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CaseloadService caseloads;

    @EJB
    private ReassignmentService reassignment;

    @Inject
    private SessionUser user;

    private Long lwdaId;
    private CaseloadBoard board;
    private List<CaseloadService.Choice> caseManagers;
    private List<CaseloadService.Choice> offices;
    private List<CaseloadService.Choice> lwdas;
    private String sizeChart;
    private String overdueChart;

    private String fromCaseManager;
    private boolean activeOnly = true;
    private String listTitle;
    private List<CaseloadParticipant> listed = List.of();
    private List<CaseloadParticipant> selected = new ArrayList<>();
    private String toCaseManager;
    private Long toOfficeId;

    /** The page's view action: the board of the LWDA (none yet for a state admin who has not chosen). */
    public void load() {
        if (lwdaId == null && !user.isStateAdmin()) {
            lwdaId = user.getPrincipal().lwdaId();
        }
        if (lwdaId == null) {
            return;
        }
        try {
            refresh();
            caseManagers = caseloads.caseManagerChoices(lwdaId);
            offices = caseloads.officeChoices(lwdaId);
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    private void refresh() {
        board = caseloads.board(lwdaId);
        Map<CaseloadMeasure, String> labels = new EnumMap<>(CaseloadMeasure.class);
        Arrays.stream(CaseloadMeasure.values()).forEach(m -> labels.put(m, Pages.text("caseloads.measure." + m)));
        String notAssigned = Pages.text("caseloads.notAssigned");
        sizeChart = CaseloadCharts.size(
                board, Pages.text("caseloads.chart.size"), labels.get(CaseloadMeasure.ACTIVE), notAssigned);
        overdueChart = CaseloadCharts.overdue(board, Pages.text("caseloads.chart.overdue"), labels, notAssigned);
    }

    /** A state admin's choice of LWDA: the page again with it in the address. */
    public String open() {
        return "/caseloads/index?faces-redirect=true" + (lwdaId == null ? "" : "&lwdaId=" + lwdaId);
    }

    /** Lists the participants behind one figure of a row (null: the whole LWDA). */
    public void drill(CaseloadRow row, String measure) {
        CaseloadMeasure m = CaseloadMeasure.valueOf(measure);
        try {
            listed = row == null
                    ? caseloads.drillDown(lwdaId, m, true, null, null)
                    : caseloads.drillDown(lwdaId, m, false, row.caseManager(), row.officeId());
            selected = new ArrayList<>();
            String who = row == null
                    ? board.lwdaName()
                    : (row.caseManagerName() == null ? Pages.text("caseloads.notAssigned") : row.caseManagerName())
                            + (row.officeName() == null ? "" : " · " + row.officeName());
            listTitle = Pages.text("caseloads.list.figure", Pages.text("caseloads.measure." + m), who, listed.size());
        } catch (RuntimeException e) {
            Pages.show(e, "caseload");
        }
    }

    /** Lists the chosen case manager's participants (active ones only when ticked). */
    public void showCaseload() {
        try {
            listed = caseloads.caseloadOf(lwdaId, fromCaseManager, activeOnly);
            selected = new ArrayList<>();
            listTitle = Pages.text(
                    activeOnly ? "caseloads.list.active" : "caseloads.list.all", fromCaseManager, listed.size());
        } catch (RuntimeException e) {
            Pages.show(e, "caseload");
        }
    }

    /** Reassigns the selected participants, then counts the board again and lists them where they are now. */
    public void reassign() {
        try {
            ReassignResult result = reassignment.reassign(new ReassignInput(
                    selected.stream().map(CaseloadParticipant::id).toList(),
                    null,
                    null,
                    toCaseManager,
                    null,
                    toOfficeId));
            Pages.info("caseloads.reassigned", result.reassigned(), result.caseManagerName());
            refresh();
            if (fromCaseManager != null && !fromCaseManager.isBlank()) {
                showCaseload();
            } else {
                listed = List.of();
                selected = new ArrayList<>();
            }
        } catch (RuntimeException e) {
            Pages.show(e, "caseload");
        }
    }

    public String measureLabel(String measure) {
        return Pages.text("caseloads.measure." + measure);
    }

    public List<String> getMeasures() {
        return Arrays.stream(CaseloadMeasure.values()).map(Enum::name).toList();
    }

    public Long getLwdaId() {
        return lwdaId;
    }

    public void setLwdaId(Long lwdaId) {
        this.lwdaId = lwdaId;
    }

    public CaseloadBoard getBoard() {
        return board;
    }

    public List<CaseloadService.Choice> getCaseManagers() {
        return caseManagers;
    }

    public List<CaseloadService.Choice> getOffices() {
        return offices;
    }

    public List<CaseloadService.Choice> getLwdas() {
        if (lwdas == null) {
            lwdas = caseloads.lwdaChoices();
        }
        return lwdas;
    }

    public String getSizeChart() {
        return sizeChart;
    }

    public String getOverdueChart() {
        return overdueChart;
    }

    public String getFromCaseManager() {
        return fromCaseManager;
    }

    public void setFromCaseManager(String fromCaseManager) {
        this.fromCaseManager = fromCaseManager;
    }

    public boolean isActiveOnly() {
        return activeOnly;
    }

    public void setActiveOnly(boolean activeOnly) {
        this.activeOnly = activeOnly;
    }

    public String getListTitle() {
        return listTitle;
    }

    public List<CaseloadParticipant> getListed() {
        return listed;
    }

    public List<CaseloadParticipant> getSelected() {
        return selected;
    }

    public void setSelected(List<CaseloadParticipant> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getToCaseManager() {
        return toCaseManager;
    }

    public void setToCaseManager(String toCaseManager) {
        this.toCaseManager = toCaseManager;
    }

    public Long getToOfficeId() {
        return toOfficeId;
    }

    public void setToOfficeId(Long toOfficeId) {
        this.toOfficeId = toOfficeId;
    }
}
