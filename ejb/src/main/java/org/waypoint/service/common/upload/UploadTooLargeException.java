package org.waypoint.service.common.upload;

import jakarta.ejb.ApplicationException;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;

/**
 * A file over the limit of its kind of upload. An {@link InvalidInputException} of the field
 * {@code file}, so that a page shows it like any other bad field; the REST API answers it 413
 * (Content Too Large) rather than 400, with the limit in the detail.
 */
@ApplicationException(rollback = true)
public class UploadTooLargeException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final transient UploadLimit limit;

    public UploadTooLargeException(UploadLimit limit) {
        super(Map.of("file", limit.text()), true);
        this.limit = limit;
    }

    public UploadLimit limit() {
        return limit;
    }
}
