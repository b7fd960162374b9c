package org.waypoint.web.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;
import org.waypoint.service.assessment.AssessmentService;
import org.waypoint.service.assessment.AssessmentViews.AssessmentSummary;
import org.waypoint.service.assessment.AssessmentViews.NarrativeInput;
import org.waypoint.service.assessment.AssessmentViews.TestInput;
import org.waypoint.web.common.Pages;

/**
 * The Assessment tab of the participant page: basic skills tests with the deficiency derived and
 * explained, and the narrative (interests, aptitudes, work history, strengths, stressors, needs).
 */
@Named
@ViewScoped
public class AssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssessmentService assessments;

    private Long participantId;
    private AssessmentSummary summary;

    private TestInstrument instrument = TestInstrument.TABE;
    private TestSubject subject = TestSubject.READING;
    private Integer scaleScore;
    private Integer functioningLevel;
    private LocalDate testDate = LocalDate.now();

    private LocalDate assessedOn = LocalDate.now();
    private String interests;
    private String aptitudes;
    private String workHistory;
    private String transferableSkills;
    private String strengths;
    private String stressorsAndChallenges;
    private String supportiveServiceNeeds;
    private String developmentalNeeds;

    public AssessmentSummary getSummary() {
        if (summary == null) {
            String id = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("id");
            if (participantId == null && id != null && id.matches("\\d+")) {
                participantId = Long.valueOf(id);
            }
            if (participantId != null) {
                show(assessments.summary(participantId, LocalDate.now()));
            }
        }
        return summary;
    }

    public void recordTest() {
        try {
            show(assessments.recordTest(
                    participantId, new TestInput(instrument, subject, scaleScore, functioningLevel, testDate)));
            scaleScore = null;
            functioningLevel = null;
            Pages.info("assessment.testSaved");
        } catch (RuntimeException e) {
            Pages.show(e, "tabs:assessmentTests");
        }
    }

    public void saveNarrative() {
        try {
            Long version =
                    summary.narrative() == null ? null : summary.narrative().version();
            show(assessments.saveNarrative(
                    participantId,
                    new NarrativeInput(
                            assessedOn,
                            interests,
                            aptitudes,
                            workHistory,
                            transferableSkills,
                            strengths,
                            stressorsAndChallenges,
                            supportiveServiceNeeds,
                            developmentalNeeds,
                            version)));
            Pages.info("assessment.saved");
        } catch (RuntimeException e) {
            Pages.show(e, "tabs:assessmentNarrative");
        }
    }

    private void show(AssessmentSummary loaded) {
        summary = loaded;
        NarrativeInput n = loaded.narrative();
        if (n != null) {
            assessedOn = n.assessedOn();
            interests = n.interests();
            aptitudes = n.aptitudes();
            workHistory = n.workHistory();
            transferableSkills = n.transferableSkills();
            strengths = n.strengths();
            stressorsAndChallenges = n.stressorsAndChallenges();
            supportiveServiceNeeds = n.supportiveServiceNeeds();
            developmentalNeeds = n.developmentalNeeds();
        }
    }

    public List<TestInstrument> getInstruments() {
        return Arrays.asList(TestInstrument.values());
    }

    public List<TestSubject> getSubjects() {
        return Arrays.asList(TestSubject.values());
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public TestInstrument getInstrument() {
        return instrument;
    }

    public void setInstrument(TestInstrument instrument) {
        this.instrument = instrument;
    }

    public TestSubject getSubject() {
        return subject;
    }

    public void setSubject(TestSubject subject) {
        this.subject = subject;
    }

    public Integer getScaleScore() {
        return scaleScore;
    }

    public void setScaleScore(Integer scaleScore) {
        this.scaleScore = scaleScore;
    }

    public Integer getFunctioningLevel() {
        return functioningLevel;
    }

    public void setFunctioningLevel(Integer functioningLevel) {
        this.functioningLevel = functioningLevel;
    }

    public LocalDate getTestDate() {
        return testDate;
    }

    public void setTestDate(LocalDate testDate) {
        this.testDate = testDate;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getAptitudes() {
        return aptitudes;
    }

    public void setAptitudes(String aptitudes) {
        this.aptitudes = aptitudes;
    }

    public String getWorkHistory() {
        return workHistory;
    }

    public void setWorkHistory(String workHistory) {
        this.workHistory = workHistory;
    }

    public String getTransferableSkills() {
        return transferableSkills;
    }

    public void setTransferableSkills(String transferableSkills) {
        this.transferableSkills = transferableSkills;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getStressorsAndChallenges() {
        return stressorsAndChallenges;
    }

    public void setStressorsAndChallenges(String stressorsAndChallenges) {
        this.stressorsAndChallenges = stressorsAndChallenges;
    }

    public String getSupportiveServiceNeeds() {
        return supportiveServiceNeeds;
    }

    public void setSupportiveServiceNeeds(String supportiveServiceNeeds) {
        this.supportiveServiceNeeds = supportiveServiceNeeds;
    }

    public String getDevelopmentalNeeds() {
        return developmentalNeeds;
    }

    public void setDevelopmentalNeeds(String developmentalNeeds) {
        this.developmentalNeeds = developmentalNeeds;
    }
}
