package org.waypoint.service.lmi.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads O*NET's "Education, Training, and Experience", as the database's tab-delimited text file
 * (13 columns, O*NET 29.2) or as the workbook (15 columns: Title and Scale Name besides), and keeps what an occupation profile
 * needs: the required-level-of-education distribution (scale RL) of each occupation. Rows of the
 * other scales (related work experience, on-site and on-the-job training, certification and
 * apprenticeship importance) are read and their O*NET-SOC code checked, but not kept.
 */
public final class OnetEducationParser {

    /** The release of the shipped file. */
    public static final String VINTAGE = OnetRelease.SHIPPED;

    static final String FILE = "O*NET education, training and experience";
    static final String REQUIRED_EDUCATION_SCALE = "RL";

    /** The 15 columns of the workbook, in file order; the text file has all but Title and Scale Name. */
    enum Column implements LayoutColumn {
        ONET_SOC_CODE("O*NET-SOC Code"),
        TITLE("Title"),
        ELEMENT_ID("Element ID"),
        ELEMENT_NAME("Element Name"),
        SCALE_ID("Scale ID"),
        SCALE_NAME("Scale Name"),
        CATEGORY("Category"),
        DATA_VALUE("Data Value"),
        N("N"),
        STANDARD_ERROR("Standard Error"),
        LOWER_CI_BOUND("Lower CI Bound"),
        UPPER_CI_BOUND("Upper CI Bound"),
        RECOMMEND_SUPPRESS("Recommend Suppress"),
        DATE("Date"),
        DOMAIN_SOURCE("Domain Source");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        @Override
        public String header() {
            return header;
        }
    }

    /** The text file's 13 columns. */
    private static final List<Column> TEXT_LAYOUT = java.util.Arrays.stream(Column.values())
            .filter(column -> column != Column.TITLE && column != Column.SCALE_NAME)
            .toList();

    /** Parses the file with the shipped release's vintage. */
    public ParseResult<OnetEducationProfile> parse(InputStream in) {
        return parse(in, VINTAGE);
    }

    /**
     * @return one profile per O*NET-SOC code with RL rows, in file order; {@code rowsRead} counts
     *     the rows of every scale
     * @throws LayoutException when a column is missing or unexpected
     * @throws UnreadableFileException when the stream is neither a readable .xlsx workbook nor UTF-8
     *     delimited text
     */
    public ParseResult<OnetEducationProfile> parse(InputStream in, String vintage) {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        BufferedInputStream bytes = new BufferedInputStream(in);
        boolean workbook = isWorkbook(bytes);
        RowCollector<Column, Void> collector = new RowCollector<>(
                FILE,
                Column.class,
                header -> workbook ? List.of(Column.values()) : TEXT_LAYOUT,
                cells -> read(cells, profiles, workbook));
        if (workbook) {
            XlsxReader.read(bytes, FILE, (index, name) -> index == 0 ? collector : null);
        } else {
            DelimitedTextReader.read(bytes, FILE, collector);
        }
        ParseResult<Void> read = collector.result(vintage);
        List<OnetEducationProfile> rows = new ArrayList<>();
        profiles.values().forEach(profile -> rows.add(profile.toRecord()));
        return new ParseResult<>(rows, read.errors(), vintage, read.rowsRead());
    }

    /** An .xlsx workbook is a zip archive: it starts with "PK", 3, 4. */
    private static boolean isWorkbook(BufferedInputStream bytes) {
        try {
            bytes.mark(4);
            byte[] start = bytes.readNBytes(4);
            bytes.reset();
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        } catch (IOException e) {
            throw new UnreadableFileException(FILE + ": the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Adds an RL row to its occupation's profile; returns null, the profiles are the result. */
    private static Void read(Cells<Column> cells, Map<String, Profile> profiles, boolean withTitle) {
        String code = cells.onetSocCode(Column.ONET_SOC_CODE);
        String scale = cells.required(Column.SCALE_ID);
        if (!REQUIRED_EDUCATION_SCALE.equals(scale)) {
            return null;
        }
        String title = withTitle ? cells.required(Column.TITLE) : null;
        RequiredEducation category = category(cells);
        BigDecimal share = cells.decimal(Column.DATA_VALUE, true);
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
            cells.reject(Column.DATA_VALUE, share + " is not a percentage (0-100)");
        }
        Integer respondents = cells.wholeNumber(Column.N, false);
        String suppress = cells.text(Column.RECOMMEND_SUPPRESS);
        // 29.2 writes "n/a" where no suppression was judged (occupational-expert data).
        if (suppress != null && !suppress.equals("Y") && !suppress.equals("N") && !suppress.equals("n/a")) {
            cells.reject(Column.RECOMMEND_SUPPRESS, "\"" + suppress + "\" is neither Y, N nor n/a");
        }
        String domainSource = cells.text(Column.DOMAIN_SOURCE);
        String date = cells.text(Column.DATE);
        if (cells.hasErrors()) {
            return null;
        }
        Profile profile = profiles.computeIfAbsent(code, key -> new Profile(code, title));
        Integer first = profile.rowOf.putIfAbsent(category, cells.rowNumber());
        if (first != null) {
            cells.reject(
                    Column.CATEGORY, "category " + category.category() + " of " + code + " is already on row " + first);
            return null;
        }
        profile.shares.put(category, share);
        profile.respondents = profile.respondents == null ? respondents : profile.respondents;
        profile.domainSource = profile.domainSource == null ? domainSource : profile.domainSource;
        profile.dataDate = profile.dataDate == null ? date : profile.dataDate;
        profile.suppressionRecommended |= "Y".equals(suppress);
        return null;
    }

    private static RequiredEducation category(Cells<Column> cells) {
        Integer number = cells.wholeNumber(Column.CATEGORY, true);
        if (number == null) {
            return null;
        }
        try {
            return RequiredEducation.ofCategory(number);
        } catch (IllegalArgumentException e) {
            cells.reject(Column.CATEGORY, e.getMessage());
            return null;
        }
    }

    /** An occupation's RL rows as they are read. */
    private static final class Profile {
        final String code;
        final String title;
        final Map<RequiredEducation, BigDecimal> shares = new EnumMap<>(RequiredEducation.class);
        final Map<RequiredEducation, Integer> rowOf = new EnumMap<>(RequiredEducation.class);
        Integer respondents;
        String domainSource;
        String dataDate;
        boolean suppressionRecommended;

        Profile(String code, String title) {
            this.code = code;
            this.title = title;
        }

        OnetEducationProfile toRecord() {
            return new OnetEducationProfile(
                    code,
                    SocCode.normalise(code),
                    title,
                    shares,
                    respondents,
                    domainSource,
                    dataDate,
                    suppressionRecommended);
        }
    }
}
