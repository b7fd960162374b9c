package org.waypoint.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

/** Query parameters that cannot be read answer 400 naming them (issue 18: lwdaId=abc was a 404). */
class StrictParamConvertersTest {

    private final StrictParamConverters provider = new StrictParamConverters();

    private static Annotation[] query(String name) throws NoSuchMethodException {
        return StrictParamConvertersTest.class.getDeclaredMethod("sample", Long.class, long.class)
                .getParameterAnnotations()[name.equals("lwdaId") ? 0 : 1];
    }

    @SuppressWarnings("unused")
    private void sample(@QueryParam("lwdaId") Long lwdaId, @PathParam("id") long id) {}

    @Test
    void aQueryNumberIsReadOrNamed() throws Exception {
        var converter = provider.getConverter(Long.class, Long.class, query("lwdaId"));
        assertThat(converter.fromString("42")).isEqualTo(42L);
        assertThat(converter.fromString("")).isNull();
        InvalidParameterException invalid =
                catchThrowableOfType(() -> converter.fromString("abc"), InvalidParameterException.class);
        assertThat(invalid.errors()).containsOnlyKeys("lwdaId");
    }

    @Test
    void anIntBeyondItsRangeIsNamedWithTheRange() {
        InvalidParameterException invalid = catchThrowableOfType(
                () -> StrictParamConverters.whole("max", "99999999999", false), InvalidParameterException.class);
        assertThat(invalid.errors().get("max")).contains("2147483647");
        assertThat(StrictParamConverters.whole("max", "50", false)).isEqualTo(50);
    }

    @Test
    void aYesNoIsTrueOrFalseOnly() {
        assertThat(StrictParamConverters.yesNo("confirmDifferentPerson", "TRUE"))
                .isTrue();
        assertThat(catchThrowableOfType(
                                () -> StrictParamConverters.yesNo("confirmDifferentPerson", "yes"),
                                InvalidParameterException.class)
                        .errors())
                .containsOnlyKeys("confirmDifferentPerson");
    }

    @Test
    void pathParametersKeepTheRuntimesConversion() throws Exception {
        assertThat(provider.getConverter(long.class, long.class, query("id"))).isNull();
    }

    @Test
    void pagingOutsideItsLimitIsNamedWithTheLimit() {
        assertThat(Paging.max(50, 200)).isEqualTo(50);
        assertThat(catchThrowableOfType(() -> Paging.max(0, 200), InvalidParameterException.class)
                        .errors()
                        .get("max"))
                .contains("200");
        assertThat(catchThrowableOfType(() -> Paging.max(201, 200), InvalidParameterException.class)
                        .errors())
                .containsOnlyKeys("max");
        assertThat(catchThrowableOfType(() -> Paging.first(-1), InvalidParameterException.class)
                        .errors())
                .containsOnlyKeys("first");
    }
}
