package org.waypoint.service.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.monitoring.ItemResult;
import org.waypoint.persistence.monitoring.MonitoringItem;
import org.waypoint.persistence.monitoring.MonitoringReview;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.caseload.CaseloadService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Compliance reviews (issue 17), the one transaction boundary of monitoring. Monitors and state
 * admins create reviews (the sample drawn and each file's checklist pre-filled from the records),
 * record each item's result and close or reopen findings; the LWDA admin reads the reviews of their
 * own LWDA and answers its findings ({@link FindingService}). Case managers have no part in it.
 */
@Stateless
@RolesAllowed({Role.MONITOR_NAME, Role.STATE_ADMIN_NAME})
public class MonitoringService {

    static final int MAX_SAMPLE = 200;

    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    public ReviewView create(ReviewInput input) {
        Map<String, Text> errors = new LinkedHashMap<>();
        Lwda lwda = null;
        if (input == null || input.lwdaId() == null) {
            errors.put("lwdaId", Text.of("monitoring.review.chooseLwda"));
        } else if ((lwda = em.find(Lwda.class, input.lwdaId())) == null) {
            errors.put("lwdaId", Text.of("monitoring.noLwda", input.lwdaId()));
        }
        if (input == null || input.from() == null) {
            errors.put("from", Text.of("monitoring.review.from"));
        }
        if (input == null || input.to() == null) {
            errors.put("to", Text.of("monitoring.review.to"));
        }
        if (input != null
                && input.from() != null
                && input.to() != null
                && input.from().isAfter(input.to())) {
            errors.put("from", Text.of("monitoring.review.order"));
        }
        if (input == null || input.sampleSize() == null) {
            errors.put("sampleSize", Text.of("monitoring.review.sampleSize"));
        } else if (input.sampleSize() < 1 || input.sampleSize() > MAX_SAMPLE) {
            errors.put("sampleSize", Text.of("monitoring.review.sampleRange", MAX_SAMPLE));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        long seed = input.seed() != null ? input.seed() : SEEDS.nextLong() & Long.MAX_VALUE;
        MonitoringReview review = ReviewDrafting.draft(
                em,
                lwda,
                input.from(),
                input.to(),
                input.sampleSize(),
                seed,
                callers.current().username());
        em.flush();
        return ReviewView.of(review, true);
    }

    /** A review whole; an LWDA admin reads only their own LWDA's. */
    @RolesAllowed({Role.MONITOR_NAME, Role.STATE_ADMIN_NAME, Role.LWDA_ADMIN_NAME})
    public ReviewView review(long id) {
        MonitoringReview review = em.find(MonitoringReview.class, id);
        if (review == null) {
            throw new NotFoundException(Text.of("monitoring.noReview", id));
        }
        callers.requireRead(review.getLwda().getId());
        return ReviewView.of(review, true);
    }

    /** The reviews, newest first: every one for monitors and state admins, their LWDA's for an LWDA admin. */
    @RolesAllowed({Role.MONITOR_NAME, Role.STATE_ADMIN_NAME, Role.LWDA_ADMIN_NAME})
    public List<ReviewView> reviews() {
        StaffPrincipal caller = callers.current();
        var query = caller.role().isBoundToLwda()
                ? em.createNamedQuery(MonitoringReview.FIND_FOR_LWDA, MonitoringReview.class)
                        .setParameter("lwdaId", caller.lwdaId())
                : em.createNamedQuery(MonitoringReview.FIND_ALL, MonitoringReview.class);
        return query.getResultStream().map(r -> ReviewView.of(r, false)).toList();
    }

    /** The monitor's result of one item: a finding needs a comment and a due date. */
    public ItemView check(long reviewId, long itemId, ItemInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        MonitoringItem item = item(itemId);
        if (!item.getFile().getReview().getId().equals(reviewId)) {
            throw new NotFoundException(Text.of("monitoring.noItemInReview", itemId, reviewId));
        }
        Map<String, Text> errors = new LinkedHashMap<>();
        String comment = input == null ? null : trimmed(input.comment());
        if (input == null || input.result() == null) {
            errors.put("result", Text.of("monitoring.item.result"));
        } else if (input.result() == ItemResult.FINDING) {
            if (comment == null) {
                errors.put("comment", Text.of("monitoring.item.comment"));
            }
            if (input.dueDate() == null) {
                errors.put("dueDate", Text.of("monitoring.item.dueDate"));
            }
        }
        if (comment != null && comment.length() > 2000) {
            errors.put("comment", Text.of("monitoring.item.commentLength"));
        }
        if (input == null || input.version() == null) {
            errors.put("version", Text.of("monitoring.item.version"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        locked(item, input.version());
        item.check(input.result(), comment, input.dueDate(), callers.current().username());
        em.flush();
        return ItemView.of(item);
    }

    /**
     * A file's checklist saved at once (one transaction): each item's result as {@link #check}; a
     * refused item names it, e.g. {@code item 3: comment}, and nothing is saved.
     */
    public List<ItemView> checkAll(long reviewId, Map<Long, ItemInput> inputs) {
        List<ItemView> saved = new java.util.ArrayList<>();
        for (Map.Entry<Long, ItemInput> e : inputs.entrySet()) {
            try {
                saved.add(check(reviewId, e.getKey(), e.getValue()));
            } catch (InvalidInputException invalid) {
                int position = item(e.getKey()).getPosition();
                Map<String, Text> named = new LinkedHashMap<>();
                invalid.getFieldTexts()
                        .forEach((field, message) -> named.put("item " + position + ": " + field, message));
                throw InvalidInputException.texts(named);
            }
        }
        return saved;
    }

    /** The monitor accepts the LWDA's correction. */
    public ItemView close(long findingId, Long version) {
        MonitoringItem item = finding(findingId, version);
        if (item.getFindingStatus() == org.waypoint.persistence.monitoring.FindingStatus.CLOSED) {
            throw InvalidInputException.of("status", Text.of("monitoring.finding.alreadyClosed"));
        }
        item.close(callers.current().username());
        em.flush();
        return ItemView.of(item);
    }

    /** The monitor opens a finding again (the correction is not enough). */
    public ItemView reopen(long findingId, Long version) {
        MonitoringItem item = finding(findingId, version);
        if (item.getFindingStatus() == org.waypoint.persistence.monitoring.FindingStatus.OPEN) {
            throw InvalidInputException.of("status", Text.of("monitoring.finding.open"));
        }
        item.reopen();
        em.flush();
        return ItemView.of(item);
    }

    /** The LWDAs a review may cover. */
    public List<CaseloadService.Choice> lwdas() {
        return em.createNamedQuery(Lwda.FIND_ALL, Lwda.class)
                .getResultStream()
                .map(l -> new CaseloadService.Choice(
                        String.valueOf(l.getId()),
                        l.getName() + " (" + l.getState().getCode() + ")",
                        l.getId()))
                .toList();
    }

    private MonitoringItem finding(long id, Long version) {
        MonitoringItem item = item(id);
        if (item.getFindingStatus() == null) {
            throw new NotFoundException(Text.of("monitoring.noFinding", id));
        }
        if (version != null) {
            locked(item, version);
        }
        return item;
    }

    private MonitoringItem item(long id) {
        MonitoringItem item = em.find(MonitoringItem.class, id);
        if (item == null) {
            throw new NotFoundException(Text.of("monitoring.noItem", id));
        }
        return item;
    }

    static void locked(MonitoringItem item, long version) {
        if (item.getVersion() != version) {
            throw new ConcurrentChangeException(Text.of("monitoring.thisItem"), item.getCheckedBy());
        }
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
