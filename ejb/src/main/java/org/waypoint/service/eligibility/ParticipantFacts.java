package org.waypoint.service.eligibility;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.waypoint.persistence.participant.Disclosure;
import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.persistence.participant.SelectiveService;

/**
 * Reads the eligibility facts the participant record already holds, so the determination screen
 * starts filled in. Facts the record does not hold (a dislocation's details, a youth's dropout
 * quarter) stay empty for the case manager to answer.
 */
public final class ParticipantFacts {

    private ParticipantFacts() {}

    public static EligibilityFacts of(Participant p, LocalDate asOf) {
        Set<org.waypoint.persistence.participant.Barrier> barriers = p.getBarriers();
        EnumSet<Barrier> youth = EnumSet.noneOf(Barrier.class);
        if (barriers.contains(org.waypoint.persistence.participant.Barrier.EX_OFFENDER)) {
            youth.add(Barrier.OFFENDER);
        }
        if (barriers.contains(org.waypoint.persistence.participant.Barrier.HOMELESS_OR_RUNAWAY)
                || barriers.contains(org.waypoint.persistence.participant.Barrier.FOSTER_CARE)) {
            youth.add(Barrier.HOMELESS_RUNAWAY_FOSTER);
        }
        if (barriers.contains(org.waypoint.persistence.participant.Barrier.PREGNANT_OR_PARENTING)) {
            youth.add(Barrier.PREGNANT_OR_PARENTING);
        }
        if (p.getSchoolStatus() == SchoolStatus.NOT_IN_SCHOOL_DROPOUT) {
            youth.add(Barrier.SCHOOL_DROPOUT);
        }
        EnumSet<PublicAssistance> assistance = EnumSet.noneOf(PublicAssistance.class);
        p.getPublicAssistance()
                .forEach(a -> assistance.add(
                        switch (a) {
                            case TANF -> PublicAssistance.TANF;
                            case SNAP -> PublicAssistance.SNAP;
                            case SSI_SSDI -> PublicAssistance.SSI;
                            case OTHER -> PublicAssistance.OTHER;
                        }));
        SelectiveService ss = p.getSelectiveService();
        return EligibilityFacts.builder()
                .asOf(asOf)
                .dateOfBirth(p.getDateOfBirth())
                .sex(
                        p.getSex() == null
                                ? null
                                : switch (p.getSex()) {
                                    case FEMALE -> Sex.FEMALE;
                                    case MALE -> Sex.MALE;
                                    case UNDISCLOSED -> null;
                                })
                .authorizedToWork(p.getAuthorizedToWork())
                .selectiveServiceRegistered(ss == null ? null : ss == SelectiveService.REGISTERED)
                .selectiveServiceNotKnowingAndWillful(
                        ss == null ? null : ss == SelectiveService.NOT_KNOWING_AND_WILLFUL)
                .veteranOrEligibleSpouse(
                        Boolean.TRUE.equals(p.getVeteran()) || Boolean.TRUE.equals(p.getEligibleSpouse()))
                .basicSkillsDeficient(
                        barriers.contains(org.waypoint.persistence.participant.Barrier.BASIC_SKILLS_DEFICIENT))
                .englishLanguageLearner(
                        barriers.contains(org.waypoint.persistence.participant.Barrier.ENGLISH_LANGUAGE_LEARNER))
                .disability(p.getDisability() == null ? null : p.getDisability() == Disclosure.YES)
                .publicAssistance(assistance)
                .homeless(barriers.contains(org.waypoint.persistence.participant.Barrier.HOMELESS_OR_RUNAWAY))
                .fosterChild(barriers.contains(org.waypoint.persistence.participant.Barrier.FOSTER_CARE))
                .familySize(p.getFamilySize())
                .annualFamilyIncome(p.getAnnualFamilyIncome())
                .attendingSchool(
                        p.getSchoolStatus() == null
                                ? null
                                : p.getSchoolStatus().name().startsWith("IN_"))
                .holdsSecondaryDiploma(
                        p.getEducationLevel() == null
                                ? null
                                : p.getEducationLevel() != EducationLevel.NONE
                                        && p.getEducationLevel() != EducationLevel.DISABILITY_CERTIFICATE)
                .youthBarriers(youth)
                .build();
    }
}
