package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Parses every shipped file once and prints how long each took, to see what an import costs on the
 * machine at hand. Nothing is asserted about the time: build machines differ too much.
 */
class ShippedLmiFilesParseTimeTest {

    @Test
    void parseEveryShippedFileAndPrintTheTime() throws IOException {
        long start = System.nanoTime();
        int rows = 0;
        rows += time(LmiTestFiles.KYSTATS, new KystatsOutlookParser()::parse);
        rows += time(LmiTestFiles.ONET_OCCUPATIONS, new OnetOccupationParser()::parse);
        rows += time(LmiTestFiles.ONET_RELATED, new OnetRelatedOccupationParser()::parse);
        rows += time(LmiTestFiles.ONET_EDUCATION, new OnetEducationParser()::parse);
        rows += time(LmiTestFiles.OEWS_NATIONAL, new OewsParser()::parse);
        rows += time(LmiTestFiles.ONET_JOB_ZONES, new OnetJobZoneParser()::parse);
        rows += time(LmiTestFiles.ONET_INTERESTS, new OnetInterestsParser()::parse);
        rows += time(LmiTestFiles.ONET_ALTERNATE_TITLES, new OnetAlternateTitleParser()::parse);
        rows += time(LmiTestFiles.ONET_REPORTED_TITLES, new OnetReportedTitleParser()::parse);
        rows += time(LmiTestFiles.ONET_TOOLS, new OnetToolParser()::parse);
        rows += time(LmiTestFiles.ONET_TECHNOLOGY_SKILLS, new OnetTechnologySkillParser()::parse);
        rows += time(LmiTestFiles.ONET_TASKS, new OnetTaskParser()::parse);
        System.out.printf("LMI parse: all shipped files, %,d data rows in %,d ms%n", rows, millisSince(start));
    }

    private static int time(String file, Function<InputStream, ParseResult<?>> parser) throws IOException {
        long start = System.nanoTime();
        ParseResult<?> result;
        try (InputStream in = LmiTestFiles.shipped(file)) {
            result = parser.apply(in);
        }
        System.out.printf(
                "LMI parse: %-42s %,7d rows read, %,6d kept in %,6d ms%n",
                file, result.rowsRead(), result.rows().size(), millisSince(start));
        assertThat(result.errors()).as(file).isEmpty();
        return result.rowsRead();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
