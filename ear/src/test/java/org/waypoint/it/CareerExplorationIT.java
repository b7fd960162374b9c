package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.AsCmBluegrass;
import org.waypoint.it.support.AsCmKentuckiana;
import org.waypoint.it.support.AsMonitor;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.Probe;
import org.waypoint.persistence.lmi.InterestProfiler;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.lmi.LmiReviewAdditions;
import org.waypoint.service.lmi.LmiReviewAdditions.Addition;
import org.waypoint.service.lmi.LmiReviewService;
import org.waypoint.service.lmi.LmiReviewView;
import org.waypoint.service.lmi.explore.InterestProfileInput;
import org.waypoint.service.lmi.explore.InterestProfileService;
import org.waypoint.service.lmi.explore.InterestProfileView;

/**
 * Career exploration's records on the server (issue 20): the participant's Interest Profiler result
 * saved, audited and edited with optimistic locking; scores off the form's range refused by field with
 * nothing saved; the LWDA rule; and "Add to LMI review" starting a review, then adding to it.
 */
@ExtendWith(ArquillianExtension.class)
class CareerExplorationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CareerExplorationIT.class);
    }

    @EJB
    private AsCmBluegrass cmBluegrass;

    @EJB
    private AsCmKentuckiana cmKentuckiana;

    @EJB
    private AsMonitor monitor;

    @EJB
    private InterestProfileService profiles;

    @EJB
    private LmiReviewAdditions additions;

    @EJB
    private LmiReviewService reviews;

    @EJB
    private Probe probe;

    private static InterestProfileInput input(
            InterestProfiler form, Integer r, Integer i, Integer a, Integer s, Integer e, Integer c, Long version) {
        return new InterestProfileInput(r, i, a, s, e, c, form, LocalDate.now().minusDays(1), version);
    }

    @Test
    @DisplayName("Saved, audited, edited with the version loaded; a stale version is refused and changes nothing")
    void savedThenEditedWithOptimisticLocking() throws Exception {
        long id = Participants.register("Iris", "1992-04-04");
        InterestProfileView first = cmBluegrass.call(
                () -> profiles.save(id, input(InterestProfiler.SHORT_FORM, 15, 27, 9, 34, 12, 22, null)));
        assertThat(first.code()).isEqualTo("SIC");
        assertThat(first.recordedBy()).isEqualTo("cm-bluegrass");

        InterestProfileView second = cmBluegrass.call(
                () -> profiles.save(id, input(InterestProfiler.SHORT_FORM, 30, 27, 9, 34, 12, 22, first.version())));
        assertThat(second.code()).isEqualTo("SRI");
        assertThat(second.version()).isGreaterThan(first.version());

        assertThatThrownBy(() -> cmBluegrass.call(() ->
                        profiles.save(id, input(InterestProfiler.SHORT_FORM, 0, 0, 40, 0, 0, 0, first.version()))))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> assertThat(e.getChangedBy())
                        .isEqualTo("cm-bluegrass"));
        assertThat(cmBluegrass.call(() -> profiles.find(id)).code())
                .as("the stale save changed nothing")
                .isEqualTo("SRI");
        assertThat(probe.count(
                        "SELECT COUNT(a) FROM AuditEntry a WHERE a.entityType = 'InterestProfile' AND a.actor = 'cm-bluegrass'"
                                + " AND a.entityId = (SELECT p.participantNumber FROM Participant p WHERE p.id = ?1)",
                        id))
                .as("the first save and the edit are audited")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("A score off the form's range or missing is refused by field; nothing is saved")
    void badScoresAreRefusedByField() throws Exception {
        long id = Participants.register("Otto", "1990-05-05");
        assertThatThrownBy(() -> cmBluegrass.call(
                        () -> profiles.save(id, input(InterestProfiler.SHORT_FORM, 41, 10, -1, 10, 10, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsKeys("realistic", "artistic")
                        .doesNotContainKeys("investigative", "social"));
        assertThatThrownBy(() -> cmBluegrass.call(
                        () -> profiles.save(id, input(InterestProfiler.MINI, 10, 10, 10, 25, 10, 10, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys("social")
                        .hasEntrySatisfying("social", m -> assertThat(m).contains("0 to 20")));
        assertThatThrownBy(() -> cmBluegrass.call(
                        () -> profiles.save(id, new InterestProfileInput(1, 2, 3, 4, 5, 6, null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys("profiler", "takenOn"));
        assertThat(cmBluegrass.call(() -> profiles.find(id)))
                .as("nothing saved")
                .isNull();
    }

    @Test
    @DisplayName("Another LWDA's case manager neither reads nor writes it; a monitor reads it and writes nothing")
    void theLwdaRule() throws Exception {
        long id = Participants.register("Lena", "1991-06-06");
        cmBluegrass.call(() -> profiles.save(id, input(InterestProfiler.PAPER, 1, 2, 3, 4, 5, 6, null)));
        assertThatThrownBy(() -> cmKentuckiana.call(() -> profiles.find(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cmKentuckiana.call(
                        () -> profiles.save(id, input(InterestProfiler.PAPER, 1, 2, 3, 4, 5, 6, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(monitor.call(() -> profiles.find(id)).code()).isEqualTo("CES");
        assertThatThrownBy(() ->
                        monitor.call(() -> profiles.save(id, input(InterestProfiler.PAPER, 1, 2, 3, 4, 5, 6, 0L))))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    @Test
    @DisplayName("Add to LMI review starts a review, then adds to the latest; twice is once")
    void addToTheLmiReview() throws Exception {
        long id = Participants.register("Ada", "1993-07-07");
        Addition started = cmBluegrass.call(() -> additions.add(id, "31-9091", "KY-bluegrass"));
        assertThat(started.started()).isTrue();
        assertThat(started.title()).isEqualTo("Dental Assistants");

        Addition added = cmBluegrass.call(() -> additions.add(id, "29-2061", "KY"));
        assertThat(added.started()).isFalse();
        assertThat(added.reviewId()).isEqualTo(started.reviewId());
        Addition again = cmBluegrass.call(() -> additions.add(id, "29-2061", "KY"));
        assertThat(again.alreadyThere()).isTrue();

        LmiReviewView review = cmBluegrass.call(() -> reviews.find(id, started.reviewId()));
        assertThat(review.areaId()).as("the review's own area").isEqualTo("KY-bluegrass");
        assertThat(review.occupations())
                .extracting(LmiReviewView.Occupation::soc)
                .containsExactly("31-9091", "29-2061");
        assertThat(review.reviewedWithParticipant())
                .as("left for staff to answer")
                .isFalse();
        assertThat(review.generatedComment()).contains("Dental Assistants", "Licensed Practical");

        assertThatThrownBy(() -> cmBluegrass.call(() -> additions.add(id, "99-9999", "KY")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsKey("soc"));
        assertThatThrownBy(() -> cmKentuckiana.call(() -> additions.add(id, "29-1141", "KY")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
