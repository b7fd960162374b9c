package org.waypoint.service.reporting.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jfree.chart.JFreeChart;
import org.waypoint.service.common.pdf.PdfCharts;
import org.waypoint.service.common.pdf.PdfFonts;

/**
 * Writes report tables as CSV (Apache Commons CSV, RFC 4180), XLSX (Apache POI's streaming
 * workbook, numbers as numbers) and PDF (OpenPDF, landscape, one table after another). A text cell
 * that a spreadsheet would read as a formula (=, +, -, @) is written with a leading apostrophe in
 * CSV, and always as text in XLSX.
 */
public final class TableExports {

    private TableExports() {}

    public static void csv(ReportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(table.columns());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(TableExports::csvCell).toList());
            }
        }
    }

    private static Object csvCell(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value == null ? "" : value;
    }

    public static void xlsx(List<ReportTable> tables, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ReportTable table : tables) {
                SXSSFSheet sheet = workbook.createSheet(sheetName(table.title()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.columns().get(c));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    public static void pdf(
            String title, String subtitle, List<Chart> charts, List<ReportTable> tables, OutputStream out)
            throws IOException {
        Document document = new Document(PageSize.LETTER.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(title, PdfFonts.bold(16)));
            document.add(new Paragraph(subtitle, PdfFonts.regular(10)));
            for (Chart chart : charts) {
                PdfCharts.add(document, writer, chart.chart(), CHART_HEIGHT, chart.description());
            }
            Font heading = PdfFonts.bold(9);
            Font body = PdfFonts.regular(8);
            for (ReportTable table : tables) {
                Paragraph name = new Paragraph(table.title(), PdfFonts.bold(12));
                name.setSpacingBefore(12);
                name.setSpacingAfter(4);
                document.add(name);
                PdfPTable pdf = new PdfPTable(Math.max(1, table.columns().size()));
                pdf.setWidthPercentage(100);
                pdf.setHeaderRows(1);
                for (String column : table.columns()) {
                    pdf.addCell(new PdfPCell(new Phrase(column, heading)));
                }
                for (List<Object> row : table.rows()) {
                    for (Object value : row) {
                        PdfPCell cell = new PdfPCell(new Phrase(text(value), body));
                        if (value instanceof Number) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        pdf.addCell(cell);
                    }
                }
                if (table.rows().isEmpty()) {
                    PdfPCell none = new PdfPCell(new Phrase("Nothing in this period.", body));
                    none.setColspan(Math.max(1, table.columns().size()));
                    pdf.addCell(none);
                }
                document.add(pdf);
            }
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written: " + e.getMessage(), e);
        } finally {
            document.close();
        }
    }

    /** A chart drawn above the tables, and its alternative text. */
    public record Chart(JFreeChart chart, String description) {}

    private static final float CHART_HEIGHT = 250;

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
