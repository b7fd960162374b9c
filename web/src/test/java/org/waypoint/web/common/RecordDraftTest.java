package org.waypoint.web.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Race;
import org.waypoint.persistence.participant.Sex;
import org.waypoint.service.participant.ParticipantInput;

/** The participant page types into a draft of the service input and saves the record it makes. */
class RecordDraftTest {

    record Shown(String firstName, LocalDate dateOfBirth, Set<Race> races, String ssnMasked, long version) {}

    @Test
    void aNewDraftIsEmptyAndItsCollectionsAreReadyForTheCheckboxes() {
        RecordDraft<ParticipantInput> draft = RecordDraft.empty(ParticipantInput.class);
        assertThat(draft.get("firstName")).isNull();
        assertThat(draft.get("races")).isEqualTo(Set.of());
        ParticipantInput input = draft.toRecord();
        assertThat(input.barriers()).isEmpty();
        assertThat(input.version()).isNull();
    }

    @Test
    void whatIsTypedBecomesTheInputWithItsTypes() {
        RecordDraft<ParticipantInput> draft = RecordDraft.empty(ParticipantInput.class);
        draft.set("firstName", "Renee");
        draft.set("dateOfBirth", LocalDate.of(1985, 3, 14));
        draft.set("sex", Sex.FEMALE);
        draft.set("races", List.of(Race.values()[0]));
        ParticipantInput input = draft.toRecord();
        assertThat(input.firstName()).isEqualTo("Renee");
        assertThat(input.dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 14));
        assertThat(input.sex()).isEqualTo(Sex.FEMALE);
        assertThat(input.races()).containsExactly(Race.values()[0]);
        assertThat(draft.typeOf("dateOfBirth")).isEqualTo(LocalDate.class);
        assertThat(draft.typeOf("sex")).isEqualTo(Sex.class);
    }

    @Test
    void aDraftOfAStoredRecordTakesTheFieldsOfTheSameNameAndNeverTheSsn() {
        Shown shown = new Shown("Jordan", LocalDate.of(2006, 1, 2), Set.of(Race.values()[1]), "***-**-1234", 7);
        RecordDraft<ParticipantInput> draft = RecordDraft.from(ParticipantInput.class, shown);
        assertThat(draft.get("firstName")).isEqualTo("Jordan");
        assertThat(draft.get("races")).isEqualTo(Set.of(Race.values()[1]));
        assertThat(draft.get("ssn")).isNull();
        assertThat(draft.get("version"))
                .as("long is not Long: the view sets it on save")
                .isNull();
    }

    @Test
    void aFieldTheInputDoesNotHaveIsRefused() {
        RecordDraft<ParticipantInput> draft = RecordDraft.empty(ParticipantInput.class);
        assertThat(draft.has("ssnMasked")).isFalse();
        assertThatThrownBy(() -> draft.set("ssnMasked", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
