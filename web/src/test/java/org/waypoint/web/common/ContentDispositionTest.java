package org.waypoint.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** File names in Content-Disposition (RFC 6266, with RFC 5987's filename* for names beyond ASCII). */
class ContentDispositionTest {

    @Test
    @DisplayName("a plain name is given twice, as is")
    void plain() {
        assertThat(ContentDisposition.attachment("waypoint-indicators-2026Q3.xlsx"))
                .isEqualTo("attachment; filename=\"waypoint-indicators-2026Q3.xlsx\";"
                        + " filename*=UTF-8''waypoint-indicators-2026Q3.xlsx");
    }

    @Test
    @DisplayName("accents and other scripts: an ASCII name for old clients, the whole name encoded")
    void beyondAscii() {
        assertThat(ContentDisposition.inline("Plan de José Nguyễn.pdf"))
                .isEqualTo("inline; filename=\"Plan de Jose Nguyen.pdf\";"
                        + " filename*=UTF-8''Plan%20de%20Jos%C3%A9%20Nguy%E1%BB%85n.pdf");
    }

    @Test
    @DisplayName("control characters, quotes and path separators never reach the header")
    void hostileNames() {
        assertThat(ContentDisposition.attachment("a\r\nSet-Cookie: x=1\".pdf"))
                .doesNotContain("\r")
                .doesNotContain("\n")
                .startsWith("attachment; filename=\"aSet-Cookie: x=1.pdf\"");
        assertThat(ContentDisposition.attachment("../../etc/passwd"))
                .startsWith("attachment; filename=\"....etcpasswd\"");
        assertThat(ContentDisposition.attachment("\u0000")).startsWith("attachment; filename=\"file\"");
    }
}
