package org.waypoint.web.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.web.lmi.OccupationPicker.Choice;

/** The LMI section's occupation list (issue 20): goal first, reordered, removed, never past the limit. */
class OccupationPickerTest {

    private static final Choice DENTAL_ASSISTANTS = new Choice("31-9091", "Dental Assistants");
    private static final Choice DENTAL_HYGIENISTS = new Choice("29-1292", "Dental Hygienists");
    private static final Choice MEDICAL_ASSISTANTS = new Choice("31-9092", "Medical Assistants");
    private static final Choice PHLEBOTOMISTS = new Choice("31-9097", "Phlebotomists");
    private static final Choice NURSING_ASSISTANTS = new Choice("31-1131", "Nursing Assistants");

    private static OccupationPicker threeChosen() {
        OccupationPicker picker = new OccupationPicker(4);
        picker.replace(List.of(DENTAL_ASSISTANTS, DENTAL_HYGIENISTS, MEDICAL_ASSISTANTS));
        return picker;
    }

    @Test
    void theLinksSocsParameterGivesEachCodeOnceInItsOrder() {
        assertThat(OccupationPicker.codes("31-9091,29-1292, 31-9092")).containsExactly("31-9091", "29-1292", "31-9092");
        assertThat(OccupationPicker.codes("31-9091 29-1292;31-9091")).containsExactly("31-9091", "29-1292");
        assertThat(OccupationPicker.codes(" , ")).isEmpty();
        assertThat(OccupationPicker.codes(null)).isEmpty();
    }

    @Test
    void theFirstAddedIsTheGoalAndTheOthersFollowInOrder() {
        OccupationPicker picker = new OccupationPicker(4);
        assertThat(picker.isEmpty()).isTrue();

        assertThat(picker.add(DENTAL_ASSISTANTS)).isTrue();
        assertThat(picker.add(DENTAL_HYGIENISTS)).isTrue();

        assertThat(picker.chosen()).containsExactly(DENTAL_ASSISTANTS, DENTAL_HYGIENISTS);
        assertThat(picker.socs()).containsExactly("31-9091", "29-1292");
    }

    @Test
    void anOccupationAlreadyChosenIsNotAddedTwice() {
        OccupationPicker picker = threeChosen();

        assertThat(picker.add(new Choice("29-1292", "Dental Hygienists"))).isFalse();

        assertThat(picker.socs()).containsExactly("31-9091", "29-1292", "31-9092");
    }

    @Test
    void theListNeverHoldsMoreThanTheSectionTakes() {
        OccupationPicker picker = threeChosen();
        assertThat(picker.isFull()).isFalse();

        assertThat(picker.add(PHLEBOTOMISTS)).isTrue();
        assertThat(picker.isFull()).isTrue();
        assertThat(picker.add(NURSING_ASSISTANTS)).isFalse();

        assertThat(picker.socs()).hasSize(4).doesNotContain("31-1131");
    }

    @Test
    void replacingTheListKeepsTheLimitAndDropsRepeats() {
        OccupationPicker picker = new OccupationPicker(2);

        picker.replace(List.of(DENTAL_ASSISTANTS, DENTAL_ASSISTANTS, DENTAL_HYGIENISTS, MEDICAL_ASSISTANTS));

        assertThat(picker.chosen()).containsExactly(DENTAL_ASSISTANTS, DENTAL_HYGIENISTS);
    }

    @Test
    void makingAnOccupationTheGoalPutsItFirstAndKeepsTheOthersInOrder() {
        OccupationPicker picker = threeChosen();

        picker.makeGoal("31-9092");

        assertThat(picker.socs()).containsExactly("31-9092", "31-9091", "29-1292");
    }

    @Test
    void movingUpAndDownSwapsWithTheNeighbourAndStopsAtTheEnds() {
        OccupationPicker picker = threeChosen();

        picker.moveUp("29-1292");
        assertThat(picker.socs()).containsExactly("29-1292", "31-9091", "31-9092");
        picker.moveUp("29-1292");
        assertThat(picker.socs()).containsExactly("29-1292", "31-9091", "31-9092");

        picker.moveDown("31-9091");
        assertThat(picker.socs()).containsExactly("29-1292", "31-9092", "31-9091");
        picker.moveDown("31-9091");
        assertThat(picker.socs()).containsExactly("29-1292", "31-9092", "31-9091");
    }

    @Test
    void removingTheGoalMakesTheNextOneTheGoal() {
        OccupationPicker picker = threeChosen();

        picker.remove("31-9091");

        assertThat(picker.socs()).containsExactly("29-1292", "31-9092");
        assertThat(picker.contains("31-9091")).isFalse();
    }

    @Test
    void movesOfAnOccupationNotInTheListChangeNothing() {
        OccupationPicker picker = threeChosen();

        picker.remove("11-1011");
        picker.makeGoal("11-1011");
        picker.moveUp("11-1011");
        picker.moveDown("11-1011");

        assertThat(picker.socs()).containsExactly("31-9091", "29-1292", "31-9092");
    }
}
