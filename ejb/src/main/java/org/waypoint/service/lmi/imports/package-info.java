/**
 * Parsers for the published labour-market-information files (KYSTATS occupational outlook, BLS OEWS
 * wages, and the O*NET database: occupations, related occupations, education requirements, job
 * zones, interests, alternate and reported titles, tools, technology skills and tasks), in plain
 * Java with no container, so that they can be tested against the real files.
 *
 * <p>Every parser checks the header first and refuses a file whose columns are not exactly the
 * published ones ({@link org.waypoint.service.lmi.imports.LayoutException}) or that cannot be read
 * at all ({@link org.waypoint.service.lmi.imports.UnreadableFileException}). A row with a bad value
 * becomes a {@link org.waypoint.service.lmi.imports.RowError} and is left out of the rows; the
 * importing service decides what to do with the errors (it refuses the whole import).
 *
 * <p>The files shipped with Waypoint are in {@code org/waypoint/lmi/data} (see SOURCES.md there).
 */
package org.waypoint.service.lmi.imports;
