package org.waypoint.web.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.waypoint.persistence.reference.DeliveryMode;
import org.waypoint.service.reference.PlanReferenceService;
import org.waypoint.service.reference.TrainingProgramInput;
import org.waypoint.service.reference.TrainingProgramView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * The Eligible Training Provider List part of admin/plan-reference.xhtml: the state's programs,
 * filtered by provider, program or CIP code, deactivated ones last; a state admin adds, changes,
 * deactivates and reactivates them in the form under the table.
 */
@Named
@ViewScoped
public class TrainingProgramAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlanReferenceService planReference;

    @Inject
    private PlanReferenceAdminView page;

    private String filter;
    private List<TrainingProgramView> programs;
    private String programsKey;
    private Long editId;
    private Long editVersion;
    private RecordDraft<TrainingProgramInput> fields = RecordDraft.empty(TrainingProgramInput.class);

    public List<TrainingProgramView> getPrograms() {
        String key = page.getState() + "/" + filter;
        if (programs == null || !Objects.equals(key, programsKey)) {
            programs = planReference.maintainedTrainingPrograms(page.getState(), filter);
            programsKey = key;
        }
        return programs;
    }

    public void search() {
        programs = null;
    }

    public boolean isMayEdit() {
        return page.isStateAdmin();
    }

    public DeliveryMode[] getDeliveryModes() {
        return DeliveryMode.values();
    }

    public void edit(TrainingProgramView program) {
        editId = program.id();
        editVersion = program.versionLock();
        fields = RecordDraft.from(TrainingProgramInput.class, program);
    }

    public void cancel() {
        editId = null;
        editVersion = null;
        fields = RecordDraft.empty(TrainingProgramInput.class);
    }

    public void save() {
        try {
            fields.set("stateCode", page.getState());
            fields.set("active", null);
            TrainingProgramView saved = planReference.saveTrainingProgram(editId, editVersion, fields.toRecord());
            programs = null;
            cancel();
            Pages.info("planReference.program.saved", saved.program(), saved.provider());
        } catch (RuntimeException e) {
            Pages.show(e, "programForm");
        }
    }

    public void deactivate(TrainingProgramView program) {
        try {
            planReference.deactivateTrainingProgram(program.id(), program.versionLock());
            programs = null;
            Pages.info("planReference.program.deactivated", program.program(), program.provider());
        } catch (RuntimeException e) {
            Pages.show(e, "programForm");
        }
    }

    public void reactivate(TrainingProgramView program) {
        try {
            RecordDraft<TrainingProgramInput> current = RecordDraft.from(TrainingProgramInput.class, program);
            current.set("stateCode", null);
            current.set("active", true);
            planReference.saveTrainingProgram(program.id(), program.versionLock(), current.toRecord());
            programs = null;
            Pages.info("planReference.program.reactivated", program.program(), program.provider());
        } catch (RuntimeException e) {
            Pages.show(e, "programForm");
        }
    }

    public Long getEditId() {
        return editId;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    /** The form's fields, bound as #{trainingProgramAdminView.fields.provider} and so on. */
    public RecordDraft<TrainingProgramInput> getFields() {
        return fields;
    }
}
