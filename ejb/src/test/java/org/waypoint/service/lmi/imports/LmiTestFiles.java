package org.waypoint.service.lmi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The shipped data files, and small workbooks and texts built for the failure cases. */
final class LmiTestFiles {

    static final String KYSTATS = "occupational-outlook-2022-2032.xlsx";
    static final String ONET_OCCUPATIONS = "onet-29.2-occupation-data.txt";
    static final String ONET_RELATED = "onet-29.2-related-occupations.txt";
    static final String ONET_EDUCATION = "onet-29.2-education-training-experience.txt";
    static final String ONET_JOB_ZONES = "onet-29.2-job-zones.txt";
    static final String ONET_INTERESTS = "onet-29.2-interests.txt";
    static final String ONET_ALTERNATE_TITLES = "onet-29.2-alternate-titles.txt";
    static final String ONET_REPORTED_TITLES = "onet-29.2-reported-titles.txt";
    static final String ONET_TOOLS = "onet-29.2-tools-used.txt";
    static final String ONET_TECHNOLOGY_SKILLS = "onet-29.2-technology-skills.txt";
    static final String ONET_TASKS = "onet-29.2-task-statements.txt";

    /** Older O*NET files kept as test fixtures for the layouts Waypoint still reads. */
    static final String ONET_27_OCCUPATIONS = "onet-27.0-occupation-data.txt";

    static final String ONET_RELATED_REEXPORT = "onet-related-occupations-reexport.csv";
    static final String ONET_EDUCATION_XLSX = "onet-education-training-experience-2023.xlsx";
    static final String OEWS_NATIONAL = "oews-national-m2024.xlsx";

    private static final String SHIPPED = "/org/waypoint/lmi/data/";
    private static final Path SHARED_DATA = Path.of("/work/shared/data");

    private LmiTestFiles() {}

    /** A data file shipped in src/main/resources. */
    static InputStream shipped(String name) {
        InputStream in = LmiTestFiles.class.getResourceAsStream(SHIPPED + name);
        assertThat(in).as("shipped file %s", name).isNotNull();
        return in;
    }

    static byte[] shippedBytes(String name) {
        try (InputStream in = shipped(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture kept in src/test/resources (org/waypoint/lmi/fixtures). */
    static InputStream testFixture(String name) {
        InputStream in = LmiTestFiles.class.getResourceAsStream("/org/waypoint/lmi/fixtures/" + name);
        assertThat(in).as("test fixture %s", name).isNotNull();
        return in;
    }

    static byte[] testFixtureBytes(String name) {
        try (InputStream in = testFixture(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fixture from the shared data folder when it is there (the developer machine), else the copy
     * kept in src/test/resources.
     */
    static InputStream fixture(String sharedPath, String testResource) throws IOException {
        Path shared = SHARED_DATA.resolve(sharedPath);
        if (Files.isReadable(shared)) {
            return Files.newInputStream(shared);
        }
        InputStream in = LmiTestFiles.class.getResourceAsStream("/org/waypoint/lmi/fixtures/" + testResource);
        assertThat(in).as("test fixture %s", testResource).isNotNull();
        return in;
    }

    /** The first half of a file: a download or upload cut off midway. */
    static InputStream firstHalf(byte[] bytes) {
        return new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2));
    }

    static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A one-sheet workbook: strings become text cells, numbers numeric cells, null no cell at all.
     */
    static InputStream xlsx(String sheetName, List<List<?>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<?> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
