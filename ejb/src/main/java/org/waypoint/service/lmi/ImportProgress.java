package org.waypoint.service.lmi;

/**
 * What an import reports while it runs, for the administrator's progress bar. Called from the
 * importing thread; an implementation shared with a page must be thread-safe.
 */
public interface ImportProgress {

    /** A new step: "Reading the file", then "Saving 5,245 rows". */
    void phase(String description, int totalRows);

    /** Rows saved since the last call. */
    void advance(int rows);

    /** Reports nothing: for imports nobody watches. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void phase(String description, int totalRows) {}

        @Override
        public void advance(int rows) {}
    };
}
