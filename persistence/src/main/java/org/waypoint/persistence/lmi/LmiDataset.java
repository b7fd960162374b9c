package org.waypoint.persistence.lmi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One import of one published file: what it was, which vintage, who imported it and when, and
 * whether it is the current data of its kind and scope. Written by the import service in the same
 * transaction as its rows (in bulk, over JDBC), so it is read-only here.
 *
 * @see LmiDatasetKind
 */
@Entity
@ReadOnly
@Table(name = "lmi_dataset")
@NamedQuery(name = LmiDataset.FIND_ALL, query = "SELECT d FROM LmiDataset d ORDER BY d.importedAt DESC, d.id DESC")
@NamedQuery(
        name = LmiDataset.FIND_CURRENT,
        query = "SELECT d FROM LmiDataset d WHERE d.currentData = TRUE ORDER BY d.id")
public class LmiDataset implements Serializable {

    public static final String FIND_ALL = "LmiDataset.findAll";
    public static final String FIND_CURRENT = "LmiDataset.findCurrent";

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private LmiDatasetKind kind;

    /** What the data covers, e.g. "KY" or "US": a newer import of the same kind and scope supersedes. */
    private String scope;

    private String vintage;

    @Column(name = "file_name")
    private String fileName;

    private String sha256;

    @Column(name = "row_count")
    private int rowCount;

    @Column(name = "imported_by")
    private String importedBy;

    @Column(name = "imported_at")
    private LocalDateTime importedAt;

    @Column(name = "current_data")
    private boolean currentData;

    @Column(name = "superseded_at")
    private LocalDateTime supersededAt;

    protected LmiDataset() {}

    public Long getId() {
        return id;
    }

    public LmiDatasetKind getKind() {
        return kind;
    }

    public String getScope() {
        return scope;
    }

    public String getVintage() {
        return vintage;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public int getRowCount() {
        return rowCount;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public LocalDateTime getImportedAt() {
        return importedAt;
    }

    public boolean isCurrentData() {
        return currentData;
    }

    public LocalDateTime getSupersededAt() {
        return supersededAt;
    }
}
