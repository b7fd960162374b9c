package org.waypoint.service.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.waypoint.service.participant.ParticipantSearch.Sort;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Builds the JPQL of a participant search from its criteria and the caller: the LWDA limit is
 * always part of the WHERE clause for LWDA-bound roles. Plain Java, so it is tested case by case.
 *
 * <p>A name prefix is a range of the lower-case search column ({@code >= 'mi' AND < 'mj'}), not a
 * LIKE: the database reads a range off the name index whatever the value, also in a plan it
 * prepared once for any value, where {@code LIKE ?} can use no index at all (issue 21). A one-word
 * name sorted by name lists the people whose last name starts with it, by last name, then those
 * whose first name does, by first name ({@link #branches()}): each part is read in its order off
 * its own index and stops at the page, where one list of both in last-name order had to sort every
 * first-name match (8 ms of the database's time for "mi" on 1,000,000 participants).
 *
 * @param where the WHERE clause of every condition
 * @param branches the WHERE clauses of the two parts of a one-word name ({@link #branches()}), or
 *     empty without one
 * @param byName whether the order is by name (the branches then give the page, not only the count)
 */
record ParticipantQuery(
        String where,
        String orderBy,
        Map<String, Object> parameters,
        List<String> branches,
        boolean byName,
        boolean ascending) {

    private static final String FROM =
            " FROM Participant p JOIN p.lwda l LEFT JOIN p.office o LEFT JOIN p.caseManager c";

    static ParticipantQuery of(ParticipantSearch s, StaffPrincipal caller, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (caller.role().isBoundToLwda()) {
            conditions.add("p.lwda.id = :callerLwda");
            parameters.put("callerLwda", caller.lwdaId());
        }
        if (s.lwdaId() != null) {
            conditions.add("p.lwda.id = :lwda");
            parameters.put("lwda", s.lwdaId());
        }
        String prefix = null;
        String nameCondition = null;
        if (s.name() != null && !s.name().isBlank()) {
            String[] words = s.name().trim().toLowerCase(Locale.ROOT).split("[\\s,]+");
            String first = escape(words[0]);
            String last = escape(words[words.length - 1]);
            if (words.length == 1 && !first.isEmpty()) {
                prefix = first;
                nameCondition = "(" + LAST_IN_RANGE + " OR " + FIRST_IN_RANGE + ")";
                range(parameters, "name", first);
            } else if (words.length > 1 && !first.isEmpty() && !last.isEmpty()) {
                nameCondition = "((p.firstNameSearch >= :word1From AND p.firstNameSearch < :word1To"
                        + " AND p.lastNameSearch >= :word2From AND p.lastNameSearch < :word2To)"
                        + " OR (p.lastNameSearch >= :word1From AND p.lastNameSearch < :word1To"
                        + " AND p.firstNameSearch >= :word2From AND p.firstNameSearch < :word2To))";
                range(parameters, "word1", first);
                range(parameters, "word2", last);
            }
        }
        if (nameCondition != null && prefix == null) {
            conditions.add(nameCondition);
        }
        if (s.participantNumber() != null && !s.participantNumber().isBlank()) {
            conditions.add("p.participantNumber = :number");
            parameters.put("number", s.participantNumber().trim().toUpperCase());
        }
        if (s.ssnLast4() != null && !s.ssnLast4().isBlank()) {
            conditions.add("p.ssnLast4 = :last4");
            parameters.put("last4", s.ssnLast4().trim());
        }
        if (s.officeId() != null) {
            conditions.add("p.office.id = :office");
            parameters.put("office", s.officeId());
        }
        if (s.caseManager() != null && !s.caseManager().isBlank()) {
            String username = s.caseManager().trim().toLowerCase();
            if (username.equals(caller.username())) {
                // "my caseload", the common case: the caller's id is known, and a literal id lets the
                // database plan for this case manager's own numbers on the (case_manager_id,
                // created_at, id) index
                conditions.add("p.caseManager.id = :caseManagerId");
                parameters.put("caseManagerId", caller.accountId());
            } else {
                conditions.add("p.caseManager.id = (SELECT a.id FROM StaffAccount a WHERE a.username = :caseManager)");
                parameters.put("caseManager", username);
            }
        }
        ParticipantSearch.Status status = s.status() == null ? ParticipantSearch.Status.ANY : s.status();
        if (s.program() != null || status != ParticipantSearch.Status.ANY) {
            String program = s.program() == null ? "" : " AND e.program = :program";
            if (s.program() != null) {
                parameters.put("program", s.program());
            }
            String open = " AND (e.exitDate IS NULL OR e.exitDate >= :today)";
            switch (status) {
                case ACTIVE -> {
                    conditions.add("EXISTS (SELECT e FROM Enrollment e WHERE e.participant = p" + program + open + ")");
                    parameters.put("today", today);
                }
                case EXITED -> {
                    conditions.add("EXISTS (SELECT e FROM Enrollment e WHERE e.participant = p" + program + ")");
                    conditions.add("NOT EXISTS (SELECT e2 FROM Enrollment e2 WHERE e2.participant = p"
                            + (s.program() == null ? "" : " AND e2.program = :program")
                            + " AND (e2.exitDate IS NULL OR e2.exitDate >= :today))");
                    parameters.put("today", today);
                }
                default -> conditions.add("EXISTS (SELECT e FROM Enrollment e WHERE e.participant = p" + program + ")");
            }
        }
        String others = String.join(" AND ", conditions);
        List<String> all = new ArrayList<>(conditions);
        if (prefix != null) {
            all.add(nameCondition);
        }
        String where = all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
        String direction = s.ascending() ? " ASC" : " DESC";
        String orderBy =
                switch (s.sort() == null ? ParticipantSearch.Sort.REGISTERED : s.sort()) {
                    case NAME ->
                        " ORDER BY p.lastNameSearch" + direction + ", p.firstNameSearch" + direction + ", p.id"
                                + direction;
                    case NUMBER -> " ORDER BY p.participantNumber" + direction;
                    case DATE_OF_BIRTH -> " ORDER BY p.dateOfBirth" + direction + ", p.id";
                    case REGISTERED -> " ORDER BY p.createdAt" + direction + ", p.id" + direction;
                };
        Sort sorted = s.sort() == null ? ParticipantSearch.Sort.REGISTERED : s.sort();
        return new ParticipantQuery(
                where,
                orderBy,
                parameters,
                prefix == null ? List.of() : branches(others),
                sorted == ParticipantSearch.Sort.NAME,
                s.ascending());
    }

    private static final String LAST_IN_RANGE = "(p.lastNameSearch >= :nameFrom AND p.lastNameSearch < :nameTo)";
    private static final String FIRST_IN_RANGE = "(p.firstNameSearch >= :nameFrom AND p.firstNameSearch < :nameTo)";

    /**
     * A one-word name in two parts: the participants whose last name starts with the word, and
     * those whose first name does and last name does not (so no one is in both), each a range of
     * one index. {@code others} are the conditions other than the name, or "" for none. Without a
     * one-word name there are no branches: {@link #pageIds()} and {@link #ids()} read the search
     * whole.
     */
    private static List<String> branches(String others) {
        String and = others.isEmpty() ? " WHERE " : " WHERE " + others + " AND ";
        return List.of(and + LAST_IN_RANGE, and + FIRST_IN_RANGE + " AND NOT " + LAST_IN_RANGE);
    }

    /**
     * A branch's ids in its order: the last-name part by last name, first name, id; the first-name
     * part by first name, last name, id; both in the direction asked.
     */
    String branchPage(int branch) {
        String direction = ascending ? " ASC" : " DESC";
        String order = branch == 0
                ? orderBy
                : " ORDER BY p.firstNameSearch" + direction + ", p.lastNameSearch" + direction + ", p.id" + direction;
        return "SELECT p.id FROM Participant p" + branches().get(branch) + order;
    }

    /** A branch's ids in no order, for a count that stops at a limit. */
    static String branchIds(String branchWhere) {
        return "SELECT p.id FROM Participant p" + branchWhere;
    }

    /** {@code from} and the first string after every one that starts with {@code word}. */
    private static void range(Map<String, Object> parameters, String name, String word) {
        parameters.put(name + "From", word);
        parameters.put(name + "To", after(word));
    }

    /** "mi" gives "mj": every string that starts with "mi" is at least "mi" and less than "mj". */
    static String after(String word) {
        int last = word.length() - 1;
        char c = word.charAt(last);
        if (c == Character.MAX_VALUE) {
            return last == 0 ? word + c : after(word.substring(0, last));
        }
        return word.substring(0, last) + (char) (c + 1);
    }

    /**
     * The ids of one page, in order: the database reads them off the index of the order alone (an
     * index-only scan of the names, or of the caseload's case manager, LWDA and date), filtering on
     * the index entries, instead of fetching every row it passes on the way (issue 21: 1.4 s for a
     * common prefix on 1,000,000 participants, 7 ms for its ids).
     */
    String pageIds() {
        return "SELECT p.id FROM Participant p" + where + orderBy;
    }

    /** The rows of a page whose ids {@link #pageIds()} found, in no order ({@code :ids}). */
    static String rows() {
        return "SELECT NEW org.waypoint.service.participant.ParticipantSummary(p.id, p.participantNumber,"
                + " p.firstName, p.lastName, p.dateOfBirth, p.ssnLast4, l.name, o.name, c.username)"
                + FROM + " WHERE p.id IN :ids";
    }

    /**
     * The ids of the matches in no particular order, for a count that stops at a limit: the
     * database reads at most that many index entries instead of every match (issue 21).
     */
    String ids() {
        return "SELECT p.id FROM Participant p" + where;
    }

    /** LIKE wildcards typed by a user are taken literally... by removing them. */
    private static String escape(String word) {
        return word.replace("%", "").replace("_", "");
    }
}
