package org.waypoint.service.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The digest's text: counts and links, participant numbers, no names (TEGL 39-11). */
class TaskDigestMessageTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @Test
    void countsLinksAndNumbersButNoNames() {
        List<TaskItem> followUps = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            followUps.add(new TaskItem(
                    TaskCategory.FOLLOW_UP_CONTACT,
                    i,
                    "P" + (100 + i),
                    "Jane Doe" + i,
                    DAY.minusDays(i),
                    i > 0,
                    "Q1",
                    "participants/follow-up-contact.xhtml?followUp=" + i + "&quarter=1&from=tasks"));
        }
        TaskDigestMessage.Message message = TaskDigestMessage.compose(
                "Casey Manager",
                DAY,
                Map.of(TaskCategory.FOLLOW_UP_CONTACT, followUps),
                "https://waypoint.example/waypoint");
        assertThat(message.subject()).isEqualTo("Waypoint tasks for 2026-12-05: 12 due, 11 overdue");
        assertThat(message.body())
                .contains("Follow-up contacts due: 12")
                .contains("Plan reviews due: 0")
                .contains("https://waypoint.example/waypoint/tasks/list.xhtml?category=FOLLOW_UP_CONTACT")
                .contains("P111, 2026-11-24 (overdue): https://waypoint.example/waypoint/participants/"
                        + "follow-up-contact.xhtml?followUp=11&quarter=1&from=tasks")
                .contains("and 2 more")
                .doesNotContain("Jane")
                .doesNotContain("Doe");
    }
}
