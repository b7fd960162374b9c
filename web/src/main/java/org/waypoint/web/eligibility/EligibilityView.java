package org.waypoint.web.eligibility;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.eligibility.FactSource;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.eligibility.Barrier;
import org.waypoint.service.eligibility.DeterminationView;
import org.waypoint.service.eligibility.EligibilityCondition;
import org.waypoint.service.eligibility.EligibilityFacts;
import org.waypoint.service.eligibility.EligibilityResult;
import org.waypoint.service.eligibility.EligibilityService;
import org.waypoint.service.eligibility.FactSourceRules;
import org.waypoint.service.eligibility.Program;
import org.waypoint.service.eligibility.YouthCapService;
import org.waypoint.service.eligibility.YouthCapStatus;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.web.common.Pages;
import org.waypoint.web.common.RecordDraft;

/**
 * participants/eligibility.xhtml: walks the case manager through the facts a program needs, shows
 * live which criteria are met and why, and saves the determination with the source document type
 * of each fact. Past determinations stay listed below; a new one never replaces them.
 */
@Named
@ViewScoped
public class EligibilityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EligibilityService eligibility;

    @EJB
    private ParticipantService participants;

    @EJB
    private YouthCapService youthCaps;

    private Long id;
    private ParticipantView participant;
    private Program program = Program.ADULT;
    private LocalDate asOf = LocalDate.now();
    /** The facts as staff answer them: a draft of the rules' own input. */
    private RecordDraft<EligibilityFacts> form;
    /** Fact name to source type name: the menus submit plain strings, turned into FactSource on save. */
    private final Map<String, String> sources = new LinkedHashMap<>();

    private EligibilityResult result;
    private Map<String, String> missing = Map.of();
    private List<DeterminationView> history;
    /** The local area's youth 5% caps for the determination date's program year, read once per date. */
    private YouthCapStatus caps;

    public void load() {
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        try {
            participant = participants.find(id);
            form = RecordDraft.of(eligibility.factsOnRecord(id, asOf));
            evaluate();
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    /** Ajax on every change: the criteria as the facts stand now, or which facts are still needed. */
    public void evaluate() {
        try {
            result = eligibility.evaluateFor(id, program, facts());
            missing = Map.of();
        } catch (EJBException | InvalidInputException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InvalidInputException invalid) {
                result = null;
                missing = invalid.getFieldErrors(Pages.locale());
            } else {
                throw e;
            }
        }
    }

    public String save() {
        try {
            // only the facts this program asks about, and no source assumed (TEGL 23-19, issue 19)
            Map<String, FactSource> verified = new LinkedHashMap<>();
            for (String fact : getSourcedFacts()) {
                String source = sources.get(fact);
                verified.put(fact, source == null || source.isBlank() ? null : FactSource.valueOf(source));
            }
            DeterminationView saved = eligibility.determine(id, program, facts(), verified);
            history = null;
            Pages.info(saved.eligible() ? "eligibility.saved.eligible" : "eligibility.saved.notEligible");
        } catch (RuntimeException e) {
            Pages.show(onSourceFields(e), "eligibility");
        }
        return null;
    }

    /** The service names a source "sources.dateOfBirth", as the API does; its menu here is "source_dateOfBirth". */
    private static RuntimeException onSourceFields(RuntimeException failure) {
        Throwable cause = failure instanceof EJBException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(cause instanceof InvalidInputException invalid)) {
            return failure;
        }
        Map<String, Text> errors = new LinkedHashMap<>();
        invalid.getFieldTexts().forEach((field, message) -> errors.put(field.replace("sources.", "source_"), message));
        return InvalidInputException.texts(errors);
    }

    /** The facts as of the determination date, for the participant's date of birth on record. */
    private EligibilityFacts facts() {
        form.set("asOf", asOf);
        form.set("dateOfBirth", participant.dateOfBirth());
        return form.toRecord();
    }

    public List<DeterminationView> getHistory() {
        if (history == null && participant != null) {
            history = eligibility.determinations(id);
        }
        return history;
    }

    /** The youth 5% caps of the participant's local area (20 CFR 681.250(c), 681.310(b)). */
    public YouthCapStatus getCaps() {
        if (participant == null || !isYouth()) {
            return null;
        }
        if (caps == null || caps.programYear() != YouthCapStatus.programYearOf(asOf)) {
            caps = youthCaps.status(participant.lwdaId(), asOf);
        }
        return caps;
    }

    /** Warnings for the caps this finding would count toward, when at or near them. */
    public List<String> getCapWarnings() {
        YouthCapStatus status = getCaps();
        if (status == null || result == null) {
            return List.of();
        }
        List<String> warnings = new java.util.ArrayList<>();
        if (result.conditions().contains(EligibilityCondition.LOW_INCOME_EXCEPTION)
                && status.lowIncomeExceptionWarningText() != null) {
            warnings.add(Pages.text(status.lowIncomeExceptionWarningText()));
        }
        if (result.conditions().contains(EligibilityCondition.IN_SCHOOL_ADDITIONAL_ASSISTANCE)
                && status.additionalAssistanceWarningText() != null) {
            warnings.add(Pages.text(status.additionalAssistanceWarningText()));
        }
        return warnings;
    }

    public List<EligibilityCondition> getConditions() {
        return result == null ? List.of() : List.copyOf(result.conditions());
    }

    /** Not eligible only because a table is missing: "cannot be determined" (WIOA sec. 3(36)(A)(ii)). */
    public boolean isUndetermined() {
        return result != null && result.outcome() == EligibilityResult.Outcome.CANNOT_BE_DETERMINED;
    }

    public boolean isDislocatedWorker() {
        return program == Program.DISLOCATED_WORKER;
    }

    public boolean isYouth() {
        return program == Program.YOUTH_IN_SCHOOL || program == Program.YOUTH_OUT_OF_SCHOOL;
    }

    public List<Program> getPrograms() {
        return Arrays.asList(Program.values());
    }

    /** The youth barriers staff record themselves (the rules derive the others) that apply to the program. */
    public List<Barrier> getRecordedBarriers() {
        return Arrays.stream(Barrier.values())
                .filter(Barrier::recorded)
                .filter(b -> b.appliesTo(program))
                .toList();
    }

    public List<org.waypoint.service.eligibility.PublicAssistance> getAssistanceOptions() {
        return Arrays.asList(org.waypoint.service.eligibility.PublicAssistance.values());
    }

    public List<org.waypoint.service.eligibility.Sex> getSexOptions() {
        return Arrays.asList(org.waypoint.service.eligibility.Sex.values());
    }

    public List<FactSource> getFactSources() {
        return Arrays.asList(FactSource.values());
    }

    /** The facts whose source the program's determination records (TEGL 23-19). */
    public List<String> getSourcedFacts() {
        return FactSourceRules.factsFor(program);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ParticipantView getParticipant() {
        return participant;
    }

    public Program getProgram() {
        return program;
    }

    public void setProgram(Program program) {
        this.program = program;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public RecordDraft<EligibilityFacts> getForm() {
        return form;
    }

    public Map<String, String> getSources() {
        return sources;
    }

    public EligibilityResult getResult() {
        return result;
    }

    public Map<String, String> getMissing() {
        return missing;
    }

    public List<Map.Entry<String, String>> getMissingList() {
        return List.copyOf(missing.entrySet());
    }
}
