package org.waypoint.web.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.Disclosure;
import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.persistence.participant.EmploymentStatus;
import org.waypoint.persistence.participant.NoteCategory;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.participant.PublicAssistance;
import org.waypoint.persistence.participant.Race;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.persistence.participant.SelectiveService;
import org.waypoint.persistence.participant.Sex;
import org.waypoint.persistence.participant.UnemploymentCompensation;

/**
 * The options of the participant forms ({@code #{choices.sex}} ...), labelled from the message
 * bundle ({@code enum.Sex.FEMALE}), so pages and the bundle are the only place the words live.
 */
@Named
@ApplicationScoped
public class Choices {

    public List<SelectItem> getSex() {
        return items(Sex.values());
    }

    public List<SelectItem> getDisclosure() {
        return items(Disclosure.values());
    }

    public List<SelectItem> getRaces() {
        return items(Race.values());
    }

    public List<SelectItem> getEmploymentStatus() {
        return items(EmploymentStatus.values());
    }

    public List<SelectItem> getUcStatus() {
        return items(UnemploymentCompensation.values());
    }

    public List<SelectItem> getEducationLevel() {
        return items(EducationLevel.values());
    }

    public List<SelectItem> getSchoolStatus() {
        return items(SchoolStatus.values());
    }

    public List<SelectItem> getPublicAssistance() {
        return items(PublicAssistance.values());
    }

    public List<SelectItem> getBarriers() {
        return Arrays.stream(Barrier.values())
                .map(b -> new SelectItem(b, b.getLabel()))
                .toList();
    }

    public List<SelectItem> getSelectiveService() {
        return items(SelectiveService.values());
    }

    public List<SelectItem> getPrograms() {
        return items(Program.values());
    }

    public List<SelectItem> getNoteCategories() {
        return items(NoteCategory.values());
    }

    /** The label of one value, for read-only display. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return org.waypoint.web.common.Pages.label(key, value.name());
    }

    private List<SelectItem> items(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new SelectItem(v, label(v))).toList();
    }
}
