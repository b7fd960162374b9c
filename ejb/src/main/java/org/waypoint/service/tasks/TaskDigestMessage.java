package org.waypoint.service.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The daily digest's text for one case manager: the counts per category with a link to each list,
 * and the first {@value #ITEMS_PER_CATEGORY} items of each category by participant number with a
 * link to act on it.
 *
 * <p>What it leaves out, on purpose: e-mail leaves the agency's systems unencrypted, and TEGL 39-11
 * (protecting personally identifiable information) has agencies keep PII out of unencrypted e-mail.
 * So no names, no dates of birth, no SSN digits: the participant number (Waypoint's own identifier,
 * meaningless outside it) and the task's date are enough to find the person once signed in, and
 * every link leads to a page that asks for the sign-in.
 */
public final class TaskDigestMessage {

    /** Items listed per category in the mail; the link to the category lists them all. */
    public static final int ITEMS_PER_CATEGORY = 10;

    /** The mail's subject and plain-text body. */
    public record Message(String subject, String body) {}

    private TaskDigestMessage() {}

    /** The message for {@code name}'s list on {@code day}; {@code baseUrl} is the application's (no trailing slash). */
    public static Message compose(String name, LocalDate day, Map<TaskCategory, List<TaskItem>> items, String baseUrl) {
        int total = items.values().stream().mapToInt(List::size).sum();
        long overdue = items.values().stream()
                .flatMap(List::stream)
                .filter(TaskItem::overdue)
                .count();
        String subject =
                "Waypoint tasks for " + day + ": " + total + " due" + (overdue > 0 ? ", " + overdue + " overdue" : "");
        StringBuilder body = new StringBuilder();
        body.append("Hello ").append(name).append(",\n\n");
        body.append("Your task list on ").append(day).append(": ").append(total).append(" in all.\n");
        body.append(baseUrl).append("/tasks/list.xhtml\n\n");
        for (TaskCategory category : TaskCategory.values()) {
            List<TaskItem> list = items.getOrDefault(category, List.of()).stream()
                    .sorted(TaskService.ORDER)
                    .toList();
            body.append(label(category)).append(": ").append(list.size()).append('\n');
            if (list.isEmpty()) {
                continue;
            }
            body.append("  ")
                    .append(baseUrl)
                    .append("/tasks/list.xhtml?category=")
                    .append(category.name())
                    .append('\n');
            for (TaskItem item : list.subList(0, Math.min(ITEMS_PER_CATEGORY, list.size()))) {
                body.append("  - ").append(item.participantNumber());
                if (item.date() != null) {
                    body.append(", ").append(item.date());
                }
                if (item.overdue()) {
                    body.append(" (overdue)");
                }
                body.append(": ")
                        .append(baseUrl)
                        .append('/')
                        .append(item.outcome())
                        .append('\n');
            }
            if (list.size() > ITEMS_PER_CATEGORY) {
                body.append("  and ").append(list.size() - ITEMS_PER_CATEGORY).append(" more\n");
            }
        }
        body.append("\nParticipant names and other personal details are left out of this e-mail (TEGL 39-11);")
                .append(" sign in to see them.\nTurn this e-mail off on your task list page.\n");
        return new Message(subject, body.toString());
    }

    /** The category's heading in the mail (the same words as the page's). */
    static String label(TaskCategory category) {
        return switch (category) {
            case PLAN_REVIEW -> "Plan reviews due";
            case UNSIGNED_PLAN -> "Unsigned plans";
            case FOLLOW_UP_CONTACT -> "Follow-up contacts due";
            case EXIT_APPROACHING -> "Exit approaching";
            case ELIGIBLE_NOT_ENROLLED -> "Eligible, not enrolled";
            case TRAINING_ENDING -> "Training ending";
            case APPROVAL_DECIDED -> "Approvals decided";
        };
    }
}
