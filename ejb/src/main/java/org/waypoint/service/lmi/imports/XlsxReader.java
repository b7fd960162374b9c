package org.waypoint.service.lmi.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads .xlsx sheets row by row with POI's streaming (SAX) reader rather than loading the workbook:
 * the O*NET education workbook is a 19 MB sheet, which POI's object model would hold in several
 * hundred megabytes. Cells arrive as text; numbers as their plain decimal value, not as the cell's
 * display format (which would round them or add thousands separators).
 */
final class XlsxReader {

    /** Chooses the sheets to read, in workbook order. */
    @FunctionalInterface
    interface SheetChooser {
        /** The handler for the sheet, or null to skip it. */
        RowHandler handlerFor(int index, String name);
    }

    private XlsxReader() {}

    /**
     * @throws UnreadableFileException when the stream is not a readable .xlsx workbook
     * @throws LayoutException as thrown by a handler
     */
    static void read(InputStream in, String fileLabel, SheetChooser chooser) {
        XMLReader parser = newXmlReader();
        OPCPackage workbook;
        try {
            // Buffered: POI's zip reader makes many small reads, each a system call on a file stream.
            workbook = OPCPackage.open(new BufferedInputStream(in, 64 * 1024));
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw unreadable(fileLabel, e);
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            for (int index = 0; sheets.hasNext(); index++) {
                try (InputStream sheet = sheets.next()) {
                    RowHandler handler = chooser.handlerFor(index, sheets.getSheetName());
                    if (handler != null) {
                        parser.setContentHandler(new XSSFSheetXMLHandler(
                                styles, null, strings, new RowsOfCells(handler), new PlainNumbers(), false));
                        parser.parse(new InputSource(sheet));
                    }
                }
            }
        } catch (LayoutException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            LayoutException fromHandler = layoutCause(e);
            throw fromHandler != null ? fromHandler : unreadable(fileLabel, e);
        } finally {
            // Opened from a stream, the package can only be reverted (close() would try to save it).
            workbook.revert();
        }
    }

    /** POI's SAX reader, hardened against external entities. */
    private static XMLReader newXmlReader() {
        try {
            return XMLHelper.newXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("No SAX parser available to read .xlsx sheets", e);
        }
    }

    private static UnreadableFileException unreadable(String fileLabel, Exception e) {
        return new UnreadableFileException(
                fileLabel + ": the file cannot be read as an Excel workbook (.xlsx); it may be truncated,"
                        + " corrupt or of another type (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + ")",
                e);
    }

    /** A handler's LayoutException, which the SAX parser may have wrapped. */
    private static LayoutException layoutCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof LayoutException layout) {
                return layout;
            }
        }
        return null;
    }

    private static Throwable next(Throwable e) {
        if (e instanceof SAXException sax && sax.getException() != null && sax.getException() != e) {
            return sax.getException();
        }
        return e.getCause() == e ? null : e.getCause();
    }

    /** Collects a row's cells by column letter, leaving "" where the sheet has no cell. */
    private static final class RowsOfCells implements SheetContentsHandler {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();

        RowsOfCells(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1, List.copyOf(cells));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue;
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
        }
    }

    /**
     * Gives a numeric cell its value rather than its display: 4.7542999999999997 stays a number
     * the parser can read exactly, and 2049528 does not become "2,049,528". Dates would come out as
     * serial numbers, but none of the layouts read here has a date cell.
     */
    private static final class PlainNumbers extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
