package org.waypoint.web.exit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.participant.ExitExclusion;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.exit.EnrollmentExitInput;
import org.waypoint.service.exit.ExitService;
import org.waypoint.service.exit.ServiceGapInput;
import org.waypoint.service.exit.ServiceGapService;
import org.waypoint.service.exit.ServiceGapView;
import org.waypoint.service.participant.EnrollmentView;
import org.waypoint.web.common.Formats;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;
import org.waypoint.web.participant.ParticipantPageView;

/**
 * The exit and planned-gap dialogs of the participant page's enrollments tab
 * (WEB-INF/includes/participant-exit.xhtml): "Record exit" (date, or empty for the last day of
 * service; PIRL 923 exclusion; note) and "Record planned gap" (first and last day, reason) for the
 * open enrollment chosen in the table. The enrollments are read again after each change.
 */
@Named
@ViewScoped
public class ParticipantExitView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The dialogs' form, for messages next to their fields. */
    private static final String FORM = "tabs:exit";

    @EJB
    private ExitService exits;

    @EJB
    private ServiceGapService gaps;

    @Inject
    private ParticipantPageView page;

    @Inject
    private Formats formats;

    private List<ServiceGapView> recordedGaps;
    private Long enrollmentId;
    private Program program;
    private RecordDraft<EnrollmentExitInput> exit = RecordDraft.empty(EnrollmentExitInput.class);
    private RecordDraft<ServiceGapInput> gap = RecordDraft.empty(ServiceGapInput.class);

    /** Opens "Record exit" for an open enrollment, with the version read for the optimistic lock. */
    public void startExit(EnrollmentView enrollment) {
        choose(enrollment);
        exit = RecordDraft.empty(EnrollmentExitInput.class);
        exit.set("version", enrollment.version());
    }

    public void startGap(EnrollmentView enrollment) {
        choose(enrollment);
        gap = RecordDraft.empty(ServiceGapInput.class);
        gap.set("from", LocalDate.now());
    }

    public void recordExit() {
        try {
            List<EnrollmentView> exited = exits.exit(enrollmentId, exit.toRecord());
            page.enrollmentsChanged();
            Pages.info("exit.recorded", formats.date(exited.get(0).exitDate()), exited.size());
        } catch (RuntimeException e) {
            Pages.show(e, FORM);
        }
    }

    public void recordGap() {
        try {
            ServiceGapView saved = gaps.record(enrollmentId, gap.toRecord());
            recordedGaps = null;
            page.enrollmentsChanged();
            Pages.info("exit.gap.recorded", formats.date(saved.from()), formats.date(saved.to()));
        } catch (RuntimeException e) {
            Pages.show(e, FORM);
        }
    }

    private void choose(EnrollmentView enrollment) {
        enrollmentId = enrollment.id();
        program = enrollment.program();
    }

    /** The participant's planned gaps in service, in all their enrollments. */
    public List<ServiceGapView> getGaps() {
        if (page.getParticipant() == null) {
            return List.of();
        }
        if (recordedGaps == null) {
            recordedGaps = gaps.gaps(page.getId());
        }
        return recordedGaps;
    }

    public ExitExclusion[] getExclusions() {
        return ExitExclusion.values();
    }

    public Program getProgram() {
        return program;
    }

    /** The exit being recorded, bound as #{participantExitView.exit.exitDate} and so on. */
    public RecordDraft<EnrollmentExitInput> getExit() {
        return exit;
    }

    /** The planned gap being recorded. */
    public RecordDraft<ServiceGapInput> getGap() {
        return gap;
    }
}
