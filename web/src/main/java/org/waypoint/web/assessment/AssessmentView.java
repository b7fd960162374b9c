package org.waypoint.web.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
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
import org.waypoint.service.assessment.AssessmentViews.TestCorrection;
import org.waypoint.service.assessment.AssessmentViews.TestInput;
import org.waypoint.service.assessment.AssessmentViews.TestView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;
import org.waypoint.web.participant.ParticipantPageView;

/**
 * The Assessment tab of the participant page: basic skills tests with the deficiency derived and
 * explained (a test typed wrong corrected, one recorded in error voided with the reason), and the narrative (interests, aptitudes, work history, strengths, stressors, needs).
 */
@Named
@ViewScoped
public class AssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantPageView page;

    @EJB
    private AssessmentService assessments;

    private Long participantId;
    private AssessmentSummary summary;

    /** The test being recorded (or corrected), with the usual instrument and subject and today's date. */
    private RecordDraft<TestInput> test = newTest();
    /** The test chosen to correct or void, or null while recording a new one. */
    private TestView changing;
    /** Why the chosen test is corrected or voided. */
    private String reason;
    /** The narrative as staff type it; loaded from the saved one. */
    private RecordDraft<NarrativeInput> narrative = newNarrative();

    public AssessmentSummary getSummary() {
        if (summary == null) {
            if (participantId == null && page.getParticipant() != null) {
                // the participant the page shows (its access already checked), whichever request
                // first shows this tab: the page itself or the tab's own content load
                participantId = page.getId();
            }
            if (participantId != null) {
                show(assessments.summary(participantId, LocalDate.now()));
            }
        }
        return summary;
    }

    public void recordTest() {
        try {
            show(assessments.recordTest(participantId, test.toRecord()));
            test.set("scaleScore", null);
            test.set("functioningLevel", null);
            Pages.info("assessment.testSaved");
        } catch (RuntimeException e) {
            Pages.show(e, "tabs:assessmentTests");
        }
    }

    /** Loads a test into the form to correct or void it. */
    public void select(TestView chosen) {
        changing = chosen;
        reason = null;
        test = RecordDraft.empty(TestInput.class);
        test.set("instrument", chosen.instrument());
        test.set("subject", chosen.subject());
        test.set("scaleScore", chosen.scaleScore());
        test.set("functioningLevel", chosen.functioningLevel());
        test.set("testDate", chosen.testDate());
    }

    public void correctTest() {
        try {
            TestInput typed = test.toRecord();
            show(assessments.correctTest(
                    participantId,
                    changing.id(),
                    new TestCorrection(
                            typed.instrument(),
                            typed.subject(),
                            typed.scaleScore(),
                            typed.functioningLevel(),
                            typed.testDate(),
                            reason,
                            changing.version())));
            cancelChange();
            Pages.info("assessment.testCorrected");
        } catch (RuntimeException e) {
            Pages.show(e, "tabs:assessmentTests");
        }
    }

    public void voidTest() {
        try {
            show(assessments.voidTest(participantId, changing.id(), reason, changing.version()));
            cancelChange();
            Pages.info("assessment.testVoided");
        } catch (RuntimeException e) {
            Pages.show(e, "tabs:assessmentTests");
        }
    }

    public void cancelChange() {
        changing = null;
        reason = null;
        test = newTest();
    }

    public boolean isChanging() {
        return changing != null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public void saveNarrative() {
        try {
            narrative.set(
                    "version",
                    summary.narrative() == null ? null : summary.narrative().version());
            show(assessments.saveNarrative(participantId, narrative.toRecord()));
            Pages.info("assessment.saved");
        } catch (RuntimeException e) {
            Pages.show(e, "tabs:assessmentNarrative");
        }
    }

    private void show(AssessmentSummary loaded) {
        summary = loaded;
        NarrativeInput n = loaded.narrative();
        if (n != null) {
            narrative = RecordDraft.from(NarrativeInput.class, n);
        }
    }

    private static RecordDraft<TestInput> newTest() {
        RecordDraft<TestInput> draft = RecordDraft.empty(TestInput.class);
        draft.set("instrument", TestInstrument.TABE);
        draft.set("subject", TestSubject.READING);
        draft.set("testDate", LocalDate.now());
        return draft;
    }

    private static RecordDraft<NarrativeInput> newNarrative() {
        RecordDraft<NarrativeInput> draft = RecordDraft.empty(NarrativeInput.class);
        draft.set("assessedOn", LocalDate.now());
        return draft;
    }

    public RecordDraft<TestInput> getTest() {
        return test;
    }

    public RecordDraft<NarrativeInput> getNarrative() {
        return narrative;
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
}
