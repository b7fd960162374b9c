package org.waypoint.service.lmi.imports;

import java.util.List;
import java.util.Objects;

/**
 * What a parser read from one file: the good rows, one error per bad cell (the rows they are in are
 * left out of {@code rows}), the vintage of the data and how many data rows the file had. Nothing
 * is half-kept: the importing service refuses a file whose result has errors.
 *
 * @param rows the rows that parsed, in file order
 * @param errors the bad cells, in file order
 * @param vintage publisher and release of the data, e.g. "BLS OEWS May 2024"
 * @param rowsRead the data rows in the file (header and blank rows not counted), good or bad
 */
public record ParseResult<T>(List<T> rows, List<RowError> errors, String vintage, int rowsRead) {

    public ParseResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        Objects.requireNonNull(vintage, "vintage");
    }

    /** True when every row parsed: the only result an import may proceed with. */
    public boolean isClean() {
        return errors.isEmpty();
    }
}
