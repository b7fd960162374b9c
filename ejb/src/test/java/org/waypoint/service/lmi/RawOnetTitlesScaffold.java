package org.waypoint.service.lmi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.lmi.LmiStore.DatasetRow;
import org.waypoint.service.lmi.LmiStore.EducationRow;
import org.waypoint.service.lmi.LmiStore.ProjectionRow;
import org.waypoint.service.lmi.LmiStore.WageRow;
import org.waypoint.service.lmi.imports.OnetAlternateTitle;
import org.waypoint.service.lmi.imports.OnetOccupation;
import org.waypoint.service.lmi.imports.OnetReportedTitle;
import org.waypoint.service.lmi.imports.RelatedOccupation;

/** TEMPORARY until branch onet lands: the shipped data plus the raw 29.2 title files. */
final class RawOnetTitlesScaffold {

    static LmiData data(LmiDatabase db) throws Exception {
        LmiStore store = new LmiStore(db.connection);
        List<DatasetRow> datasets = store.currentDatasets();
        List<ProjectionRow> projections = new ArrayList<>();
        List<WageRow> wages = new ArrayList<>();
        List<OnetOccupation> occupations = new ArrayList<>();
        List<RelatedOccupation> related = new ArrayList<>();
        List<EducationRow> education = new ArrayList<>();
        for (DatasetRow dataset : datasets) {
            switch (dataset.kind()) {
                case OCCUPATIONAL_OUTLOOK -> projections.addAll(store.projections(dataset.id()));
                case OEWS_WAGES -> wages.addAll(store.wages(dataset.id()));
                case ONET_OCCUPATIONS -> occupations.addAll(store.occupations(dataset.id()));
                case ONET_RELATED_OCCUPATIONS -> related.addAll(store.related(dataset.id()));
                case ONET_EDUCATION -> education.addAll(store.education(dataset.id()));
                default -> {}
            }
        }
        Path dir = Path.of("/work/shared/data/onet-29.2");
        List<OnetAlternateTitle> alternates = new ArrayList<>();
        List<String> alternateLines = Files.readAllLines(dir.resolve("Alternate Titles.txt"));
        for (String line : alternateLines.subList(1, alternateLines.size())) {
            String[] c = line.split("\t");
            alternates.add(new OnetAlternateTitle(c[0], c[1], "n/a".equals(c[2]) ? null : c[2]));
        }
        List<OnetReportedTitle> reported = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("Sample of Reported Titles.txt"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            reported.add(new OnetReportedTitle(c[0], c[1], "Y".equals(c[2])));
        }
        OnetDetails details =
                new OnetDetails(List.of(), List.of(), alternates, reported, List.of(), List.of(), List.of());
        return new LmiData(datasets, store.areas(), projections, wages, occupations, related, education, details);
    }
}
