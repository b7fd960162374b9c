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
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;

/** participants/list.xhtml: a lazy table that loads one page at a time, never the whole LWDA. */
@Named
@ViewScoped
public class ParticipantListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ParticipantService participants;

    private final LazyDataModel<ParticipantView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, participants.count());
        }

        @Override
        public List<ParticipantView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return participants.page(first, pageSize);
        }

        @Override
        public String getRowKey(ParticipantView participant) {
            return String.valueOf(participant.id());
        }
    };

    public LazyDataModel<ParticipantView> getModel() {
        return model;
    }
}
