package org.waypoint.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A declared body over the limit of its upload is refused before it is read, naming that limit. */
class UploadLimitFilterTest {

    private static final long MB = 1024 * 1024;

    @Test
    void eachUploadIsHeldToItsOwnLimit() {
        assertThat(UploadLimitFilter.refusal("/api/v1/lmi/imports", 50 * MB)).isNull();
        assertThat(UploadLimitFilter.refusal("/api/v1/lmi/imports", 50 * MB + 1))
                .isEqualTo("The file is larger than 50 MB, the limit for LMI imports.");
        assertThat(UploadLimitFilter.refusal("/api/v1/plans/12/documents", 10 * MB + 1))
                .isEqualTo("The file is larger than 10 MB, the limit for plan copies.");
        assertThat(UploadLimitFilter.refusal("/api/v1/reference/in-demand-occupations/import", MB + 1))
                .isEqualTo("The file is larger than 1 MB, the limit for in-demand lists.");
    }

    @Test
    void everyOtherRequestIsHeldToTheServersLimit() {
        assertThat(UploadLimitFilter.refusal("/api/v1/wage-records/imports", 512 * MB))
                .isNull();
        assertThat(UploadLimitFilter.refusal("/api/v1/participants", 100 * MB)).isNull();
        assertThat(UploadLimitFilter.refusal("/admin/lmi-imports.xhtml", 512 * MB + 1))
                .isEqualTo("The request body is larger than 512 MB, the limit of this server.");
    }
}
