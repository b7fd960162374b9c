package org.waypoint.service.reporting.pirl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The packaged public-use layout (DOL ETA, PY2022 Q4) is read from its CSV, not typed in. */
class PirlLayoutTest {

    private final PirlLayout layout = PirlLayout.standard();

    @Test
    void readsEveryElementOnceInTheLayoutsOrder() {
        assertThat(layout.elements()).hasSizeGreaterThan(240);
        assertThat(layout.elements().get(0).number()).isEqualTo("100");
        assertThat(layout.elements()).extracting(PirlElement::number).doesNotHaveDuplicates();
    }

    @Test
    void readsTypesAndLengths() {
        assertThat(layout.element("100")).satisfies(e -> {
            assertThat(e.type()).isEqualTo(PirlElement.DataType.AN);
            assertThat(e.length()).isEqualTo(12);
            assertThat(e.name()).startsWith("Unique Individual Identifier");
        });
        assertThat(layout.element("900").type()).isEqualTo(PirlElement.DataType.DT);
        // "I N     2" in the converted PDF is still IN 2.
        assertThat(layout.element("1310").length()).isEqualTo(2);
        // "904\n904.2": the element number is the first line.
        assertThat(layout.element("904").type()).isEqualTo(PirlElement.DataType.IN);
    }

    @Test
    void readsCodeValuesIncludingSpacedOutOnesAndRanges() {
        assertThat(layout.element("201").codes()).containsExactly("1", "2", "9");
        // "0  5    =    C u s t o m i z e d" is code 05.
        assertThat(layout.element("1303").codes()).contains("01", "05", "09", "10");
        assertThat(layout.element("923").codes()).contains("01", "04", "07", "00");
        // "1 – 12 = Number of school grades" and "0 = No school grades".
        assertThat(layout.element("407").codes()).contains("0", "1", "12");
        // "000" is a format, not a code.
        assertThat(layout.element("102").codes()).isEmpty();
    }
}
