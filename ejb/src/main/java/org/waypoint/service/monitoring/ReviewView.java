package org.waypoint.service.monitoring;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.monitoring.MonitoringReview;

/** A compliance review whole: its period, sample (with the seed to draw it again) and files. */
public record ReviewView(
        long id,
        long lwdaId,
        String lwdaName,
        String stateCode,
        LocalDate from,
        LocalDate to,
        int sampleSize,
        long seed,
        int population,
        String createdBy,
        Instant createdAt,
        List<FileView> files)
        implements Serializable {

    static ReviewView of(MonitoringReview r, boolean withFiles) {
        return new ReviewView(
                r.getId(),
                r.getLwda().getId(),
                r.getLwda().getName(),
                r.getStateCode(),
                r.getPeriodFrom(),
                r.getPeriodTo(),
                r.getSampleSize(),
                r.getSeed(),
                r.getPopulation(),
                r.getCreatedBy(),
                r.getCreatedAt(),
                withFiles ? r.getFiles().stream().map(FileView::of).toList() : List.of());
    }

    /** The findings of every file, in file order. */
    public List<ItemView> findings() {
        return files.stream()
                .flatMap(f -> f.items().stream())
                .filter(i -> i.findingStatus() != null)
                .toList();
    }
}
