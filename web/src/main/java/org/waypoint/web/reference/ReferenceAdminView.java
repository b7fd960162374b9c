package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.common.Text;
import org.waypoint.service.eligibility.EligibilityService;
import org.waypoint.service.reference.ReferenceService;
import org.waypoint.service.reference.ReferenceService.CountyArea;
import org.waypoint.service.reference.ReferenceService.LwdaView;
import org.waypoint.web.common.Pages;

/**
 * admin/reference.xhtml: the state admin's view of LWDAs and counties. Georgia ships with its 19
 * LWDAs but no county assignments, which the state admin makes here.
 */
@Named
@ViewScoped
public class ReferenceAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReferenceService reference;

    @EJB
    private EligibilityService eligibility;

    private String state = "KY";
    private List<LwdaView> lwdas;
    private List<CountyArea> counties;
    private final Map<String, Long> assignments = new HashMap<>();
    private Long editLwdaId;
    private String editCode;
    private String editName;
    private Long editVersion;
    private Long officeLwdaId;
    private String officeName;
    private String officeStreet;
    private String officeCity;
    private String officeZip;
    private String officePhone;
    private String officeTimeZone;
    private java.time.LocalDate scheduleDate;
    private String scheduleHhs;
    private java.math.BigDecimal scheduleHhsIncrement;
    private String scheduleLlsil;
    private java.math.BigDecimal scheduleLlsilIncrement;
    private String scheduleSource;
    private String zip;
    private List<CountyArea> zipAreas;

    public List<LwdaView> getLwdas() {
        if (lwdas == null) {
            lwdas = reference.lwdas();
        }
        return lwdas;
    }

    public List<LwdaView> getStateLwdas() {
        return getLwdas().stream().filter(l -> l.stateCode().equals(state)).toList();
    }

    public List<CountyArea> getCounties() {
        if (counties == null) {
            counties = reference.counties(state);
            assignments.clear();
            counties.forEach(c -> assignments.put(c.fips(), c.lwdaId()));
        }
        return counties;
    }

    /** The LWDA chosen for each county (by FIPS) in the table's menus. */
    public Map<String, Long> getAssignments() {
        return assignments;
    }

    public void stateChanged() {
        counties = null;
    }

    public void assign(CountyArea county) {
        try {
            CountyArea saved = reference.assignCounty(county.fips(), assignments.get(county.fips()));
            counties = null;
            Pages.info("reference.assigned", saved.county(), saved.lwdaName() == null ? "—" : saved.lwdaName());
        } catch (RuntimeException e) {
            Pages.show(e, "counties");
        }
    }

    /** Renames an LWDA (or adds one when {@code lwdaId} is empty), as a state admin keeps Georgia's list current. */
    public void saveLwda() {
        try {
            reference.saveLwda(editLwdaId, state, editCode, editName, editVersion);
            lwdas = null;
            editLwdaId = null;
            editCode = null;
            editName = null;
            editVersion = null;
            Pages.info("reference.lwdaSaved");
        } catch (RuntimeException e) {
            Pages.show(e, "lwdaForm");
        }
    }

    public void edit(LwdaView lwda) {
        editLwdaId = lwda.id();
        editCode = lwda.code();
        editName = lwda.name();
        editVersion = lwda.version();
    }

    public void addOffice() {
        try {
            reference.addOffice(
                    officeLwdaId, officeName, officeStreet, officeCity, officeZip, officePhone, officeTimeZone);
            officeName = null;
            officeStreet = null;
            officeCity = null;
            officeZip = null;
            officePhone = null;
            officeTimeZone = null;
            Pages.info("reference.officeSaved");
        } catch (RuntimeException e) {
            Pages.show(e, "officeForm");
        }
    }

    public List<ReferenceService.OfficeView> getOffices() {
        return reference.offices(null);
    }

    /** The state's low-income schedules, newest first. */
    public List<EligibilityService.ScheduleView> getSchedules() {
        return eligibility.incomeSchedules(state);
    }

    /** Adds a year's schedule typed as comma-separated amounts by family size (1, 2, 3 ...). */
    public void addSchedule() {
        java.util.Map<String, Text> errors = new java.util.LinkedHashMap<>();
        List<java.math.BigDecimal> hhs = amounts(errors, "hhsAmounts", scheduleHhs);
        List<java.math.BigDecimal> llsil = scheduleLlsil == null || scheduleLlsil.isBlank()
                ? null
                : amounts(errors, "llsilAmounts", scheduleLlsil);
        if (!errors.isEmpty()) {
            Pages.show(org.waypoint.service.common.InvalidInputException.texts(errors), "scheduleForm");
            return;
        }
        try {
            eligibility.addIncomeSchedule(new EligibilityService.ScheduleView(
                    state, scheduleDate, hhs, scheduleHhsIncrement, llsil, scheduleLlsilIncrement, scheduleSource));
            scheduleHhs = null;
            scheduleLlsil = null;
            Pages.info("reference.scheduleSaved");
        } catch (RuntimeException e) {
            Pages.show(e, "scheduleForm");
        }
    }

    private static List<java.math.BigDecimal> amounts(java.util.Map<String, Text> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            errors.put(field, Text.of("reference.schedule.amounts"));
            return List.of();
        }
        try {
            return java.util.Arrays.stream(text.split("[,;\\s]+"))
                    .filter(t -> !t.isBlank())
                    .map(t -> new java.math.BigDecimal(t.replace("$", "")))
                    .toList();
        } catch (NumberFormatException e) {
            errors.put(field, Text.of("reference.schedule.numbers"));
            return List.of();
        }
    }

    public void lookUpZip() {
        try {
            zipAreas = reference.resolveZip(zip);
        } catch (RuntimeException e) {
            zipAreas = null;
            Pages.show(e, "zipForm");
        }
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public List<CountyArea> getZipAreas() {
        return zipAreas;
    }

    public Long getEditLwdaId() {
        return editLwdaId;
    }

    public void setEditLwdaId(Long editLwdaId) {
        this.editLwdaId = editLwdaId;
    }

    public String getEditCode() {
        return editCode;
    }

    public void setEditCode(String editCode) {
        this.editCode = editCode;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public Long getOfficeLwdaId() {
        return officeLwdaId;
    }

    public void setOfficeLwdaId(Long officeLwdaId) {
        this.officeLwdaId = officeLwdaId;
    }

    public String getOfficeName() {
        return officeName;
    }

    public void setOfficeName(String officeName) {
        this.officeName = officeName;
    }

    public String getOfficeStreet() {
        return officeStreet;
    }

    public void setOfficeStreet(String officeStreet) {
        this.officeStreet = officeStreet;
    }

    public String getOfficeCity() {
        return officeCity;
    }

    public void setOfficeCity(String officeCity) {
        this.officeCity = officeCity;
    }

    public String getOfficeZip() {
        return officeZip;
    }

    public void setOfficeZip(String officeZip) {
        this.officeZip = officeZip;
    }

    public String getOfficePhone() {
        return officePhone;
    }

    public void setOfficePhone(String officePhone) {
        this.officePhone = officePhone;
    }

    public java.time.LocalDate getScheduleDate() {
        return scheduleDate;
    }

    public void setScheduleDate(java.time.LocalDate scheduleDate) {
        this.scheduleDate = scheduleDate;
    }

    public String getScheduleHhs() {
        return scheduleHhs;
    }

    public void setScheduleHhs(String scheduleHhs) {
        this.scheduleHhs = scheduleHhs;
    }

    public java.math.BigDecimal getScheduleHhsIncrement() {
        return scheduleHhsIncrement;
    }

    public void setScheduleHhsIncrement(java.math.BigDecimal scheduleHhsIncrement) {
        this.scheduleHhsIncrement = scheduleHhsIncrement;
    }

    public String getScheduleLlsil() {
        return scheduleLlsil;
    }

    public void setScheduleLlsil(String scheduleLlsil) {
        this.scheduleLlsil = scheduleLlsil;
    }

    public java.math.BigDecimal getScheduleLlsilIncrement() {
        return scheduleLlsilIncrement;
    }

    public void setScheduleLlsilIncrement(java.math.BigDecimal scheduleLlsilIncrement) {
        this.scheduleLlsilIncrement = scheduleLlsilIncrement;
    }

    public String getScheduleSource() {
        return scheduleSource;
    }

    public void setScheduleSource(String scheduleSource) {
        this.scheduleSource = scheduleSource;
    }

    public String getOfficeTimeZone() {
        return officeTimeZone;
    }

    public void setOfficeTimeZone(String officeTimeZone) {
        this.officeTimeZone = officeTimeZone;
    }
}
