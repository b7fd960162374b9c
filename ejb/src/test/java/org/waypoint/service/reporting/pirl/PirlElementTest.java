package org.waypoint.service.reporting.pirl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The valid-value family of the WIPS edit checks: type, length and code set, driven by the layout. */
class PirlElementTest {

    private final PirlLayout layout = PirlLayout.standard();

    @Test
    void aBlankValueIsValid() {
        assertThat(layout.element("201").invalid("")).isEmpty();
        assertThat(layout.element("201").invalid(null)).isEmpty();
    }

    @Test
    void aCodeOutsideTheLayoutsSetIsInvalid() {
        assertThat(layout.element("201").invalid("2")).isEmpty();
        assertThat(layout.element("201").invalid("3"))
                .hasValueSatisfying(m -> assertThat(m).contains("not a code"));
        assertThat(layout.element("1303").invalid("06")).isEmpty();
        assertThat(layout.element("1303").invalid("6")).isPresent();
    }

    @Test
    void anIntegerHoldsDigitsOnlyWithinItsLength() {
        assertThat(layout.element("103").invalid("40507")).isEmpty();
        assertThat(layout.element("103").invalid("4050A"))
                .hasValueSatisfying(m -> assertThat(m).contains("whole number"));
        assertThat(layout.element("103").invalid("405071"))
                .hasValueSatisfying(m -> assertThat(m).contains("longer"));
    }

    @Test
    void aDateIsARealYyyymmddDate() {
        assertThat(layout.element("900").invalid("20260701")).isEmpty();
        assertThat(layout.element("900").invalid("20260231")).isPresent();
        assertThat(layout.element("900").invalid("2026-07-01")).isPresent();
    }

    @Test
    void anAlphanumericValueFitsItsLengthAndTheCsv() {
        assertThat(layout.element("100").invalid("WP-ABCDEFGH")).isEmpty();
        assertThat(layout.element("100").invalid("WP-ABCDEFGHJK")).isPresent();
        assertThat(layout.element("2701").invalid("Bluegrass, LWA")).isPresent();
    }
}
