package org.waypoint.service.lmi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated words career seekers type for an occupation that O*NET does not give as its title
 * ("CNA", "CDL", "forklift"), shipped as {@value #RESOURCE} with where each comes from. Where one
 * word stands for several occupations, its rows are in the order the search ranks them.
 */
final class Abbreviations {

    static final String RESOURCE = "/org/waypoint/lmi/abbreviations.tsv";

    /**
     * One row of the table.
     *
     * @param rank 0 for the first occupation of the word, 1 for the next
     */
    record Abbreviation(String text, String soc, String source, int rank) {}

    private static final List<Abbreviation> SHIPPED = read();

    private Abbreviations() {}

    static List<Abbreviation> shipped() {
        return SHIPPED;
    }

    private static List<Abbreviation> read() {
        try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not shipped");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Abbreviation> rows = new ArrayList<>();
            Map<String, Integer> ranks = new HashMap<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": not three columns: " + line);
                }
                String key = String.join(" ", SearchWords.words(cells[0]));
                int rank = ranks.merge(key, 1, Integer::sum) - 1;
                rows.add(new Abbreviation(cells[0].strip(), cells[1].strip(), cells[2].strip(), rank));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
