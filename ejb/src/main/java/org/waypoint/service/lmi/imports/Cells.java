package org.waypoint.service.lmi.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One data row read against its header. Each accessor returns the value or, when the cell is bad,
 * records a {@link RowError} and returns null, so that a parser reads a whole row and the user
 * learns about every bad cell of it at once.
 */
final class Cells<C extends Enum<C> & LayoutColumn> {

    /** Plain decimal notation as spreadsheets and CSV files write numbers: no thousands separators. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final Header<C> header;
    private final int rowNumber;
    private final List<String> values;
    private final List<RowError> errors = new ArrayList<>();

    Cells(Header<C> header, int rowNumber, List<String> values) {
        this.header = header;
        this.rowNumber = rowNumber;
        this.values = values;
        for (int i = header.width(); i < values.size(); i++) {
            String extra = Header.clean(values.get(i));
            if (!extra.isEmpty()) {
                errors.add(new RowError(
                        rowNumber,
                        "column " + (i + 1),
                        "\"" + extra + "\" is to the right of the last column with a header"));
            }
        }
    }

    int rowNumber() {
        return rowNumber;
    }

    List<RowError> errors() {
        return errors;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The cell without surrounding spaces, or null when it is empty. */
    String text(C column) {
        int position = header.position(column);
        String value = position < values.size() ? values.get(position) : null;
        value = value == null ? "" : value.strip();
        return value.isEmpty() ? null : value;
    }

    /** The cell's text; an empty cell is an error. */
    String required(C column) {
        String value = text(column);
        if (value == null) {
            reject(column, "is empty");
        }
        return value;
    }

    /** A whole number, or null when the cell is empty and {@code required} is false. */
    Integer wholeNumber(C column, boolean required) {
        String value = required ? required(column) : text(column);
        return value == null ? null : wholeNumber(column, value);
    }

    /** {@code value}, the column's text, as a whole number; a fraction or non-number is an error. */
    Integer wholeNumber(C column, String value) {
        BigDecimal number = number(column, value);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            reject(column, "\"" + value + "\" is not a whole number");
            return null;
        }
    }

    /** A decimal number, or null when the cell is empty and {@code required} is false. */
    BigDecimal decimal(C column, boolean required) {
        String value = required ? required(column) : text(column);
        return value == null ? null : decimal(column, value);
    }

    /**
     * {@code value}, the column's text, as a decimal. A workbook stores numbers as binary doubles
     * (4.7543 is written 4.7542999999999997), so the shortest decimal that reads back as the same
     * double is kept: what the publisher typed.
     */
    BigDecimal decimal(C column, String value) {
        BigDecimal number = number(column, value);
        if (number == null) {
            return null;
        }
        double asDouble = number.doubleValue();
        if (Double.isInfinite(asDouble)) {
            reject(column, "\"" + value + "\" is out of range");
            return null;
        }
        return BigDecimal.valueOf(asDouble);
    }

    /** O*NET's Y/N flag: true for "Y", false for "N"; anything else (or nothing) is an error. */
    Boolean yesNo(C column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        if (!value.equals("Y") && !value.equals("N")) {
            reject(column, "\"" + value + "\" is neither Y nor N");
            return null;
        }
        return value.equals("Y");
    }

    /** A SOC code normalised to NN-NNNN. */
    String soc(C column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            return SocCode.normalise(value);
        } catch (IllegalArgumentException e) {
            reject(column, e.getMessage());
            return null;
        }
    }

    /** An O*NET-SOC code, NN-NNNN.NN. */
    String onetSocCode(C column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            return SocCode.onetSocCode(value);
        } catch (IllegalArgumentException e) {
            reject(column, e.getMessage());
            return null;
        }
    }

    /** Records a bad value in the column. */
    void reject(C column, String message) {
        errors.add(new RowError(rowNumber, header.written(column), message));
    }

    private BigDecimal number(C column, String value) {
        if (!NUMBER.matcher(value).matches()) {
            reject(column, "\"" + value + "\" is not a number");
            return null;
        }
        return new BigDecimal(value);
    }
}
