package org.waypoint.service.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Builds the JPQL of a participant search from its criteria and the caller: the LWDA limit is
 * always part of the WHERE clause for LWDA-bound roles. Plain Java, so it is tested case by case.
 */
record ParticipantQuery(String where, String orderBy, Map<String, Object> parameters) {

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
        if (s.name() != null && !s.name().isBlank()) {
            String[] words = s.name().trim().toLowerCase().split("[\\s,]+");
            if (words.length == 1) {
                conditions.add("(p.lastNameSearch LIKE :name OR p.firstNameSearch LIKE :name)");
                parameters.put("name", escape(words[0]) + "%");
            } else {
                conditions.add("((p.firstNameSearch LIKE :word1 AND p.lastNameSearch LIKE :word2)"
                        + " OR (p.lastNameSearch LIKE :word1 AND p.firstNameSearch LIKE :word2))");
                parameters.put("word1", escape(words[0]) + "%");
                parameters.put("word2", escape(words[words.length - 1]) + "%");
            }
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
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String direction = s.ascending() ? " ASC" : " DESC";
        String orderBy =
                switch (s.sort() == null ? ParticipantSearch.Sort.REGISTERED : s.sort()) {
                    case NAME ->
                        " ORDER BY p.lastNameSearch" + direction + ", p.firstNameSearch" + direction + ", p.id";
                    case NUMBER -> " ORDER BY p.participantNumber" + direction;
                    case DATE_OF_BIRTH -> " ORDER BY p.dateOfBirth" + direction + ", p.id";
                    case REGISTERED -> " ORDER BY p.createdAt" + direction + ", p.id" + direction;
                };
        return new ParticipantQuery(where, orderBy, parameters);
    }

    String select() {
        return "SELECT NEW org.waypoint.service.participant.ParticipantSummary(p.id, p.participantNumber,"
                + " p.firstName, p.lastName, p.dateOfBirth, p.ssnLast4, l.name, o.name, c.username)"
                + FROM + where + orderBy;
    }

    /** The count joins nothing: every condition reads the participant's own columns. */
    String count() {
        return "SELECT COUNT(p) FROM Participant p" + where;
    }

    /** LIKE wildcards typed by a user are taken literally... by removing them. */
    private static String escape(String word) {
        return word.replace("%", "").replace("_", "");
    }
}
