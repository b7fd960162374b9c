package org.waypoint.service.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Issue 21: the searches read their page off an index in its order, and count no further than the
 * limit. The orders here are the indexes' (V36: last name, first name, id; V7.2: case manager, LWDA,
 * registered, id), every key in the same direction, so the database can walk an index either way.
 */
class ParticipantQueryTest {

    private static final StaffPrincipal STATE_ADMIN =
            new StaffPrincipal(1L, "state-admin", "Riley Carter", Role.STATE_ADMIN, null, null, null);
    private static final StaffPrincipal CASE_MANAGER =
            new StaffPrincipal(7L, "cm-bluegrass", "Casey Morgan", Role.CASE_MANAGER, 3L, "Bluegrass", "KY");

    @Test
    @DisplayName("a one-word name is a range of the last or the first name, in name order, every key one way")
    void nameOrder() {
        ParticipantQuery ascending = ParticipantQuery.of(
                search("Mi", ParticipantSearch.Sort.NAME, true), STATE_ADMIN, LocalDate.of(2026, 12, 6));
        assertThat(ascending.where())
                .isEqualTo(" WHERE ((p.lastNameSearch >= :nameFrom AND p.lastNameSearch < :nameTo)"
                        + " OR (p.firstNameSearch >= :nameFrom AND p.firstNameSearch < :nameTo))");
        assertThat(ascending.parameters()).containsEntry("nameFrom", "mi").containsEntry("nameTo", "mj");
        assertThat(ascending.orderBy()).isEqualTo(" ORDER BY p.lastNameSearch ASC, p.firstNameSearch ASC, p.id ASC");
        assertThat(ascending.branches())
                .as("last names; first names whose last name does not match: no one twice")
                .containsExactly(
                        " WHERE (p.lastNameSearch >= :nameFrom AND p.lastNameSearch < :nameTo)",
                        " WHERE (p.firstNameSearch >= :nameFrom AND p.firstNameSearch < :nameTo)"
                                + " AND NOT (p.lastNameSearch >= :nameFrom AND p.lastNameSearch < :nameTo)");

        ParticipantQuery descending = ParticipantQuery.of(
                search("Mi", ParticipantSearch.Sort.NAME, false), CASE_MANAGER, LocalDate.of(2026, 12, 6));
        assertThat(descending.orderBy())
                .isEqualTo(" ORDER BY p.lastNameSearch DESC, p.firstNameSearch DESC, p.id DESC");
        assertThat(descending.branches().get(0))
                .isEqualTo(" WHERE p.lwda.id = :callerLwda AND (p.lastNameSearch >= :nameFrom AND"
                        + " p.lastNameSearch < :nameTo)");
    }

    @Test
    @DisplayName("a prefix's range ends at the first string after every one that starts with it")
    void rangeEnd() {
        assertThat(ParticipantQuery.after("mi")).isEqualTo("mj");
        assertThat(ParticipantQuery.after("o'")).isEqualTo("o(");
        assertThat(ParticipantQuery.after("jos\u00e9")).isEqualTo("jos\u00ea");
        assertThat("mizzz").isGreaterThanOrEqualTo("mi").isLessThan(ParticipantQuery.after("mi"));
    }

    @Test
    @DisplayName("last-name matches, then first-name matches, each in its order; a page is cut across both")
    void lastNamesThenFirstNames() {
        ParticipantQuery query = ParticipantQuery.of(
                search("mi", ParticipantSearch.Sort.NAME, true), STATE_ADMIN, LocalDate.of(2026, 12, 6));
        assertThat(query.branchPage(0))
                .isEqualTo("SELECT p.id FROM Participant p" + query.branches().get(0)
                        + " ORDER BY p.lastNameSearch ASC, p.firstNameSearch ASC, p.id ASC");
        assertThat(query.branchPage(1))
                .isEqualTo("SELECT p.id FROM Participant p" + query.branches().get(1)
                        + " ORDER BY p.firstNameSearch ASC, p.lastNameSearch ASC, p.id ASC");

        // Miller (3), Mills (1) by last name; Mia Adams (2), Mike Young (4), Mina Cole (5) by first name
        List<List<Long>> parts = List.of(List.of(3L, 1L), List.of(2L, 4L, 5L));
        List<String> asked = new java.util.ArrayList<>();
        ParticipantPages.Branches read = new ParticipantPages.Branches() {
            @Override
            public List<Long> ids(int branch, int offset, int max) {
                asked.add("ids " + branch + " from " + offset);
                List<Long> part = parts.get(branch);
                return part.subList(Math.min(offset, part.size()), Math.min(offset + max, part.size()));
            }

            @Override
            public int count(int branch, int upTo) {
                asked.add("count " + branch);
                return Math.min(upTo, parts.get(branch).size());
            }
        };
        assertThat(ParticipantPages.page(0, 2, read)).containsExactly(3L, 1L);
        assertThat(asked).as("a full page of last names reads nothing else").containsExactly("ids 0 from 0");
        assertThat(ParticipantPages.page(0, 3, read)).containsExactly(3L, 1L, 2L);
        assertThat(ParticipantPages.page(2, 2, read)).containsExactly(2L, 4L);
        assertThat(ParticipantPages.page(4, 2, read)).containsExactly(5L);
        assertThat(ParticipantPages.page(6, 2, read)).isEmpty();
    }

    @Test
    @DisplayName("a name sorted another way, or two words, is one query with the name ranges")
    void notBranchedForThePage() {
        ParticipantQuery registered = ParticipantQuery.of(
                search("mi", ParticipantSearch.Sort.REGISTERED, false), STATE_ADMIN, LocalDate.of(2026, 12, 6));
        assertThat(registered.byName()).isFalse();
        assertThat(registered.branches()).as("still counted by branch").hasSize(2);
        ParticipantQuery twoWords = ParticipantQuery.of(
                search("ann mil", ParticipantSearch.Sort.NAME, true), STATE_ADMIN, LocalDate.of(2026, 12, 6));
        assertThat(twoWords.branches()).isEmpty();
        assertThat(twoWords.parameters())
                .containsEntry("word1From", "ann")
                .containsEntry("word1To", "ano")
                .containsEntry("word2From", "mil")
                .containsEntry("word2To", "mim");
    }

    @Test
    @DisplayName("a case manager's own caseload: their id and LWDA, newest first; the count reads ids only")
    void caseloadAndCount() {
        ParticipantSearch mine = new ParticipantSearch(
                null,
                null,
                null,
                null,
                null,
                "CM-Bluegrass",
                null,
                ParticipantSearch.Status.ANY,
                ParticipantSearch.Sort.REGISTERED,
                false);
        ParticipantQuery query = ParticipantQuery.of(mine, CASE_MANAGER, LocalDate.of(2026, 12, 6));
        assertThat(query.where()).isEqualTo(" WHERE p.lwda.id = :callerLwda AND p.caseManager.id = :caseManagerId");
        assertThat(query.parameters()).containsEntry("callerLwda", 3L).containsEntry("caseManagerId", 7L);
        assertThat(query.orderBy()).isEqualTo(" ORDER BY p.createdAt DESC, p.id DESC");
        assertThat(query.pageIds())
                .as("a page's ids alone, off the index of the order")
                .isEqualTo("SELECT p.id FROM Participant p" + query.where() + query.orderBy());
        assertThat(query.ids())
                .as("no join, no order: the database stops after the limit")
                .isEqualTo("SELECT p.id FROM Participant p" + query.where());
    }

    private static ParticipantSearch search(String name, ParticipantSearch.Sort sort, boolean ascending) {
        return new ParticipantSearch(
                name, null, null, null, null, null, null, ParticipantSearch.Status.ANY, sort, ascending);
    }
}
