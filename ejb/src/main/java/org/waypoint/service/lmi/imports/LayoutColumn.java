package org.waypoint.service.lmi.imports;

import java.util.List;

/** A column of a published layout: its header as the publisher writes it and known misspellings. */
interface LayoutColumn {

    /** The header as the publisher writes it; what error messages call the column when it is missing. */
    String header();

    /** Other spellings the publisher has used for this header, accepted as well. */
    /** Other spellings the publisher has used for the same column; none by default. */
    default List<String> aliases() {
        return List.of();
    }
}
