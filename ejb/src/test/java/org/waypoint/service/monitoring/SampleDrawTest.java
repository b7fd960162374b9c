package org.waypoint.service.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The reproducible sample of a compliance review: the seed is stored so the draw can be repeated. */
class SampleDrawTest {

    private static final List<Long> POPULATION =
            LongStream.rangeClosed(101, 160).boxed().toList();

    @Test
    void sameSeedAndPopulationDrawTheSameSample() {
        assertThat(SampleDraw.draw(POPULATION, 42L, 10)).isEqualTo(SampleDraw.draw(POPULATION, 42L, 10));
    }

    @Test
    void theOrderThePopulationIsReadInDoesNotMatter() {
        List<Long> shuffled = new ArrayList<>(POPULATION);
        Collections.reverse(shuffled);
        assertThat(SampleDraw.draw(shuffled, 7L, 10)).isEqualTo(SampleDraw.draw(POPULATION, 7L, 10));
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        assertThat(SampleDraw.draw(POPULATION, 42L, 10)).isNotEqualTo(SampleDraw.draw(POPULATION, 43L, 10));
    }

    @Test
    void theSampleHasTheSizeAskedWithoutRepeats() {
        List<Long> sample = SampleDraw.draw(POPULATION, 1L, 12);
        assertThat(sample).hasSize(12).doesNotHaveDuplicates().isSubsetOf(POPULATION);
    }

    @Test
    void aSampleLargerThanThePopulationTakesEveryone() {
        assertThat(SampleDraw.draw(List.of(3L, 1L, 2L), 5L, 10)).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(SampleDraw.draw(List.of(), 5L, 10)).isEmpty();
    }
}
