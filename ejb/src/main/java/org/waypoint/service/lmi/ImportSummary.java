package org.waypoint.service.lmi;

import java.time.LocalDateTime;
import org.waypoint.persistence.lmi.LmiDatasetKind;

/**
 * A finished import: what is now the current data of its kind.
 *
 * @param rowsImported the rows kept (for the ZIP crosswalk, only those in the states Waypoint serves)
 * @param rowsRead the data rows in the file
 * @param superseded how many earlier imports this one replaced (their rows stay for what cites them)
 */
public record ImportSummary(
        long datasetId,
        LmiDatasetKind kind,
        String scope,
        String vintage,
        String fileName,
        int rowsRead,
        int rowsImported,
        int superseded,
        String importedBy,
        LocalDateTime importedAt) {}
