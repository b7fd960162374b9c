package org.waypoint.it.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The KYSTATS occupational outlook workbook Waypoint ships, and copies of it with a cell changed. */
public final class OutlookWorkbook {

    /** Its resource, and the file name a state would upload it under. */
    public static final String RESOURCE = "/org/waypoint/lmi/data/occupational-outlook-2022-2032.xlsx";

    public static final String FILE_NAME = "occupational-outlook-2022-2032.xlsx";

    private OutlookWorkbook() {}

    public static byte[] shipped() throws Exception {
        try (InputStream in = OutlookWorkbook.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        }
    }

    /** The spreadsheet row (1-based) of an area and 6-digit SOC code in the workbook. */
    public static int rowOf(String area, String soc) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(shipped()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            for (Row row : sheet) {
                if (area.equals(text.formatCellValue(row.getCell(0)))
                        && soc.equals(text.formatCellValue(row.getCell(3)))) {
                    return row.getRowNum() + 1;
                }
            }
        }
        throw new IllegalStateException(area + " " + soc + " is not in the workbook");
    }

    /** The workbook with one cell (spreadsheet row, column by header) set to a new value. */
    public static byte[] withCell(byte[] xlsx, int rowNumber, String header, String value) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headers = sheet.getRow(0);
            int column = -1;
            for (int i = 0; i < headers.getLastCellNum(); i++) {
                if (header.equals(
                        new DataFormatter().formatCellValue(headers.getCell(i)).strip())) {
                    column = i;
                }
            }
            var cell = sheet.getRow(rowNumber - 1).getCell(column);
            if (value.matches("\\d+")) {
                cell.setCellValue(Double.parseDouble(value));
            } else {
                cell.setCellValue(value);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
