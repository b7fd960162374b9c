package org.waypoint.web.training;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.training.TrainingOutcome;
import org.waypoint.persistence.training.TrainingType;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.service.reference.PlanReferenceService;
import org.waypoint.service.reference.ServiceCatalogService;
import org.waypoint.service.training.ItaPaymentInput;
import org.waypoint.service.training.ItaPayments;
import org.waypoint.service.training.ItaTotalsView;
import org.waypoint.service.training.TrainingInput;
import org.waypoint.service.training.TrainingService;
import org.waypoint.service.training.TrainingView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * participants/training.xhtml?participant=ID: a participant's trainings, the editor that records or
 * changes one (from the state's Eligible Training Provider List), and each ITA's payments with the
 * running total against the local board's cap. The list's programs and codes are read again
 * whenever the editor opens, so a program added to the list since the page opened is offered.
 */
@Named
@ViewScoped
public class TrainingPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ParticipantService participants;

    @EJB
    private TrainingService trainingService;

    @EJB
    private ItaPayments itaPayments;

    @EJB
    private PlanReferenceService reference;

    @EJB
    private ServiceCatalogService catalog;

    private Long participantId;
    private ParticipantView participant;
    private List<TrainingView> trainings;
    private ItaTotalsView totals;
    private List<SelectItem> programChoices;
    private List<SelectItem> codeChoices;
    private Long editId;
    private RecordDraft<TrainingInput> form = RecordDraft.empty(TrainingInput.class);
    private Long paymentTrainingId;
    private RecordDraft<ItaPaymentInput> payment = RecordDraft.empty(ItaPaymentInput.class);

    /** f:viewAction: 404 for an unknown participant, 403 for another LWDA's. */
    public void load() {
        if (participantId == null) {
            Pages.sendError(404);
            return;
        }
        try {
            participant = participants.find(participantId);
            refresh();
            loadChoices();
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    /** Opens the editor empty, with the list's programs as they are now. */
    public void add() {
        editId = null;
        form = RecordDraft.empty(TrainingInput.class);
        loadChoices();
    }

    public void edit(TrainingView training) {
        editId = training.id();
        form = RecordDraft.from(TrainingInput.class, training);
        loadChoices();
    }

    public void cancel() {
        editId = null;
        form = RecordDraft.empty(TrainingInput.class);
    }

    public void save() {
        try {
            TrainingView saved = editId == null
                    ? trainingService.add(participantId, form.toRecord())
                    : trainingService.change(editId, form.toRecord());
            cancel();
            refresh();
            Pages.info("training.saved", saved.serviceName());
        } catch (RuntimeException e) {
            Pages.show(e, "trainingForm");
        }
    }

    /** Opens the payment form under one training. */
    public void startPayment(TrainingView training) {
        paymentTrainingId = training.id();
        payment = RecordDraft.empty(ItaPaymentInput.class);
    }

    public void pay() {
        try {
            itaPayments.pay(paymentTrainingId, payment.toRecord());
            paymentTrainingId = null;
            payment = RecordDraft.empty(ItaPaymentInput.class);
            refresh();
            Pages.info("training.paid");
        } catch (RuntimeException e) {
            Pages.show(e, "paymentForm");
        }
    }

    private void refresh() {
        trainings = trainingService.trainings(participantId);
        totals = trainingService.itaTotals(participantId);
    }

    private void loadChoices() {
        String state = participant.stateCode();
        programChoices = reference.trainingPrograms(state, null).stream()
                .map(p -> new SelectItem(p.id(), p.provider() + " — " + p.program() + " (CIP " + p.cipCode() + ")"))
                .toList();
        codeChoices = catalog.catalog(state, false).stream()
                .filter(c -> c.category() == ServiceCategory.TRAINING)
                .map(c -> new SelectItem(c.code(), c.code() + " — " + c.name()))
                .toList();
    }

    public TrainingType[] getTrainingTypes() {
        return TrainingType.values();
    }

    public TrainingOutcome[] getOutcomes() {
        return TrainingOutcome.values();
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public ParticipantView getParticipant() {
        return participant;
    }

    public List<TrainingView> getTrainings() {
        return trainings;
    }

    public ItaTotalsView getTotals() {
        return totals;
    }

    public List<SelectItem> getProgramChoices() {
        return programChoices;
    }

    public List<SelectItem> getCodeChoices() {
        return codeChoices;
    }

    public Long getEditId() {
        return editId;
    }

    /** The editor's fields, bound as #{trainingPageView.form.startDate} and so on. */
    public RecordDraft<TrainingInput> getForm() {
        return form;
    }

    public Long getPaymentTrainingId() {
        return paymentTrainingId;
    }

    public RecordDraft<ItaPaymentInput> getPayment() {
        return payment;
    }
}
