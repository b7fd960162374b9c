package org.waypoint.web.monitoring;

import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.persistence.monitoring.ItemResult;
import org.waypoint.service.monitoring.ItemInput;
import org.waypoint.service.monitoring.ItemView;

/**
 * One checklist item as the review page edits it: the monitor's result (pre-selected with what the
 * records suggest until the monitor saves one), comment and a finding's due date, and the version
 * loaded.
 */
public class ItemEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private ItemResult result;
    private String comment;
    private LocalDate dueDate;
    private final long version;

    ItemEdit(ItemView item) {
        this.result = item.result() != null ? item.result() : item.suggested();
        this.comment = item.comment();
        this.dueDate = item.dueDate();
        this.version = item.version();
    }

    ItemInput input() {
        return new ItemInput(result, comment, dueDate, version);
    }

    public ItemResult getResult() {
        return result;
    }

    public void setResult(ItemResult result) {
        this.result = result;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
