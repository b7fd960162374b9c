package org.waypoint.service.participant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.waypoint.service.participant.ParticipantService.Total;

/**
 * Runs a participant search ({@link ParticipantQuery}) a page at a time: the page's ids off an
 * index, then its rows; the count up to a limit. The page of a one-word name search sorted by name
 * is the last-name matches first, then the first-name matches ({@link ParticipantQuery#branches()}),
 * each read from its own index at the offset the page needs, so a page costs the rows it shows, not
 * every match.
 */
final class ParticipantPages {

    private ParticipantPages() {}

    /** Reads a branch of the search. */
    interface Branches {
        /** Up to {@code max} ids of branch {@code branch} (0: last names, 1: first names) from {@code offset}. */
        List<Long> ids(int branch, int offset, int max);

        /** How many match branch {@code branch}, counting no further than {@code upTo}. */
        int count(int branch, int upTo);
    }

    /** The ids of rows {@code first} to {@code first + size} of the last-name part followed by the first-name part. */
    static List<Long> page(int first, int size, Branches read) {
        List<Long> ids = new ArrayList<>(read.ids(0, first, size));
        if (ids.size() < size) {
            // the last-name part ends before the page does: it has first + ids.size() rows, or, when
            // the page starts past it, fewer than first (counted, never further than first)
            int lastNames = ids.isEmpty() && first > 0 ? read.count(0, first) : first + ids.size();
            ids.addAll(read.ids(1, Math.max(0, first - lastNames), size - ids.size()));
        }
        return ids;
    }

    /** One page: its ids in order off an index, then those rows ({@link ParticipantQuery#pageIds()}). */
    static List<ParticipantSummary> page(EntityManager em, ParticipantQuery query, int first, int max) {
        int from = Math.max(0, first);
        int size = Math.max(1, Math.min(max, 200));
        List<Long> ids;
        if (query.byName() && !query.branches().isEmpty()) {
            ids = page(from, size, new Branches() {
                @Override
                public List<Long> ids(int branch, int offset, int max) {
                    TypedQuery<Long> keys = em.createQuery(query.branchPage(branch), Long.class);
                    query.parameters().forEach(keys::setParameter);
                    return keys.setFirstResult(offset).setMaxResults(max).getResultList();
                }

                @Override
                public int count(int branch, int upTo) {
                    return counted(
                            em, ParticipantQuery.branchIds(query.branches().get(branch)), query, upTo);
                }
            });
        } else {
            TypedQuery<Long> keys = em.createQuery(query.pageIds(), Long.class);
            query.parameters().forEach(keys::setParameter);
            ids = keys.setFirstResult(from).setMaxResults(size).getResultList();
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ParticipantSummary> rows = new HashMap<>();
        em.createQuery(ParticipantQuery.rows(), ParticipantSummary.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> rows.put(row.id(), row));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    /** Exact up to {@link Total#LIMIT}, "more than" beyond; a one-word name counted per branch. */
    static Total total(EntityManager em, ParticipantQuery query) {
        List<String> counted = query.branches().isEmpty()
                ? List.of(query.ids())
                : query.branches().stream().map(ParticipantQuery::branchIds).toList();
        int found = 0;
        for (String jpql : counted) {
            found += counted(em, jpql, query, Total.LIMIT + 1 - found);
            if (found > Total.LIMIT) {
                return new Total(Total.LIMIT, true);
            }
        }
        return new Total(found, false);
    }

    /** How many ids {@code jpql} finds, reading no further than {@code upTo}. */
    private static int counted(EntityManager em, String jpql, ParticipantQuery query, int upTo) {
        TypedQuery<Long> typed = em.createQuery(jpql, Long.class);
        query.parameters().forEach(typed::setParameter);
        return typed.setMaxResults(upTo).getResultList().size();
    }
}
