package org.waypoint.service.lmi.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 text table with Commons CSV, either comma-separated (RFC 4180 quoting) or
 * tab-delimited (O*NET's .txt files, which never quote), told apart by the header line: a header
 * with a tab is tab-delimited. A byte-order mark is skipped. Every row must have the header's columns
 * (see {@link ColumnCountCheck}): a file cut short is refused whole.
 */
public final class DelimitedTextReader {

    private static final int HEADER_LINE_LIMIT = 64 * 1024;

    /** O*NET's tab-delimited files: no quoting, a quote character is just a character. */
    private static final CSVFormat TAB_DELIMITED =
            CSVFormat.TDF.builder().setQuote(null).get();

    private DelimitedTextReader() {}

    /**
     * @throws UnreadableFileException when the stream is a workbook or zip, is not UTF-8 or its
     *     quoting is broken
     * @throws LayoutException as thrown by the handler
     */
    public static void read(InputStream in, String fileLabel, RowHandler handler) {
        read(in, fileLabel, handler, true);
    }

    /**
     * Reads without counting each row's cells against the header's: for a file that may have no
     * header row (a UI wage file with a column mapping), whose first row is data to count against
     * and, in error messages, never to quote. Its reader checks each row's width itself.
     */
    public static void readWithoutColumnCheck(InputStream in, String fileLabel, RowHandler handler) {
        read(in, fileLabel, handler, false);
    }

    private static void read(InputStream in, String fileLabel, RowHandler handler, boolean checkColumns) {
        try {
            LastByte last = new LastByte(in);
            BufferedInputStream bytes = new BufferedInputStream(last);
            bytes.mark(4);
            byte[] start = bytes.readNBytes(4);
            bytes.reset();
            if (start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
                throw new UnreadableFileException(
                        fileLabel
                                + ": the file is a zip archive or Excel workbook, not the tab- or comma-separated text expected");
            }
            BufferedReader text = new BufferedReader(new InputStreamReader(
                    bytes,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            text.mark(HEADER_LINE_LIMIT);
            String headerLine = text.readLine();
            text.reset();
            if (headerLine == null) {
                return;
            }
            if (headerLine.startsWith("\uFEFF")) {
                text.skip(1);
            }
            CSVFormat format = headerLine.indexOf('\t') >= 0 ? TAB_DELIMITED : CSVFormat.DEFAULT;
            ColumnCountCheck columns = new ColumnCountCheck(fileLabel);
            try (CSVParser parser = format.parse(text)) {
                for (CSVRecord record : parser) {
                    int rowNumber = Math.toIntExact(record.getRecordNumber());
                    List<String> cells = record.toList();
                    if (checkColumns) {
                        columns.row(rowNumber, cells);
                    }
                    handler.row(rowNumber, cells);
                }
            }
            columns.finish(last.isLineBreak());
        } catch (IOException e) {
            throw unreadable(fileLabel, e);
        } catch (UncheckedIOException e) {
            // The parser's iterator wraps what goes wrong mid-file, a bad quote or byte.
            throw unreadable(fileLabel, e.getCause());
        }
    }

    /** Remembers the last byte read: whether the file ends with a line break. */
    private static final class LastByte extends FilterInputStream {

        private int last = -1;

        LastByte(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                last = b;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                last = buffer[offset + n - 1];
            }
            return n;
        }

        boolean isLineBreak() {
            return last == '\n' || last == '\r';
        }
    }

    private static UnreadableFileException unreadable(String fileLabel, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new UnreadableFileException(fileLabel + ": the file is not UTF-8 text", e);
        }
        return new UnreadableFileException(
                fileLabel + ": the file cannot be read as delimited text (" + e.getMessage() + ")", e);
    }
}
