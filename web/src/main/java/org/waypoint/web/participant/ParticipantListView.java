package org.waypoint.web.participant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.participant.ParticipantSearch;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantSummary;

/**
 * participants/list.xhtml: search by name, participant ID, last four of the SSN, program, status and
 * case manager; a lazy, sortable table that loads one page at a time, never the whole LWDA.
 */
@Named
@ViewScoped
public class ParticipantListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ParticipantService participants;

    private String name;
    private String number;
    private String last4;
    private Program program;
    private ParticipantSearch.Status status = ParticipantSearch.Status.ANY;
    private String caseManager;
    /** Whether more participants match than the list pages through ({@link ParticipantService.Total}). */
    private boolean more;

    private final LazyDataModel<ParticipantSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            ParticipantService.Total total = participants.total(criteria(Map.of()));
            more = total.more();
            return (int) total.count();
        }

        @Override
        public List<ParticipantSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return participants.search(criteria(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(ParticipantSummary participant) {
            return String.valueOf(participant.id());
        }
    };

    private ParticipantSearch criteria(Map<String, SortMeta> sortBy) {
        ParticipantSearch.Sort sort =
                name != null && !name.isBlank() ? ParticipantSearch.Sort.NAME : ParticipantSearch.Sort.REGISTERED;
        boolean ascending = sort == ParticipantSearch.Sort.NAME;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = switch (meta.getField()) {
                case "participantNumber" -> ParticipantSearch.Sort.NUMBER;
                case "dateOfBirth" -> ParticipantSearch.Sort.DATE_OF_BIRTH;
                case "lastName" -> ParticipantSearch.Sort.NAME;
                default -> ParticipantSearch.Sort.REGISTERED;
            };
            ascending = meta.getOrder() == SortOrder.ASCENDING;
        }
        return new ParticipantSearch(name, number, last4, null, null, caseManager, program, status, sort, ascending);
    }

    public void search() {
        // the table reloads through the lazy model with the new criteria
    }

    /** True when more than {@link ParticipantService.Total#LIMIT} match: the table lists the first ones. */
    public boolean isMore() {
        return more;
    }

    public int getLimit() {
        return ParticipantService.Total.LIMIT;
    }

    public LazyDataModel<ParticipantSummary> getModel() {
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getLast4() {
        return last4;
    }

    public void setLast4(String last4) {
        this.last4 = last4;
    }

    public Program getProgram() {
        return program;
    }

    public void setProgram(Program program) {
        this.program = program;
    }

    public ParticipantSearch.Status getStatus() {
        return status;
    }

    public void setStatus(ParticipantSearch.Status status) {
        this.status = status;
    }

    public ParticipantSearch.Status[] getStatuses() {
        return ParticipantSearch.Status.values();
    }

    public String getCaseManager() {
        return caseManager;
    }

    public void setCaseManager(String caseManager) {
        this.caseManager = caseManager;
    }
}
