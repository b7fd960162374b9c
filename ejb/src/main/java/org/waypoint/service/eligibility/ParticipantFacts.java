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
        Boolean diploma = p.getEducationLevel() == null
                ? null
                : p.getEducationLevel() != EducationLevel.NONE
                        && p.getEducationLevel() != EducationLevel.DISABILITY_CERTIFICATE;
        // 20 CFR 681.210(c)(1): a dropout has no diploma; a record saying both is left for staff to settle.
        if (p.getSchoolStatus() == SchoolStatus.NOT_IN_SCHOOL_DROPOUT && !Boolean.TRUE.equals(diploma)) {
            youth.add(Barrier.SCHOOL_DROPOUT);
        }
        // WIOA sec. 3(36)(A)(i): SSI is income-based public assistance, SSDI is not; the old combined
        // answer SSI_SSDI cannot tell them apart, so it fills in nothing and staff ask.
        EnumSet<PublicAssistance> assistance = EnumSet.noneOf(PublicAssistance.class);
        for (var a : p.getPublicAssistance()) {
            switch (a) {
                case TANF -> assistance.add(PublicAssistance.TANF);
                case SNAP -> assistance.add(PublicAssistance.SNAP);
                case SSI -> assistance.add(PublicAssistance.SSI);
                case OTHER -> assistance.add(PublicAssistance.OTHER);
                case SSDI, SSI_SSDI -> {
                    // not public assistance for low income, or not known to be
                }
            }
        }
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
                // 20 CFR 683.225: EXEMPT is a way to meet the requirement, not "not registered"; UNDER_18
                // leaves registration to the age on the date of determination.
                .selectiveServiceRegistered(
                        ss == null || ss == SelectiveService.EXEMPT || ss == SelectiveService.UNDER_18
                                ? null
                                : ss == SelectiveService.REGISTERED)
                .selectiveServiceNotKnowingAndWillful(
                        ss == SelectiveService.NOT_KNOWING_AND_WILLFUL ? Boolean.TRUE : null)
                .selectiveServiceExempt(ss == SelectiveService.EXEMPT ? Boolean.TRUE : null)
                .veteranOrEligibleSpouse(
                        Boolean.TRUE.equals(p.getVeteran()) || Boolean.TRUE.equals(p.getEligibleSpouse()))
                .basicSkillsDeficient(
                        barriers.contains(org.waypoint.persistence.participant.Barrier.BASIC_SKILLS_DEFICIENT))
                .englishLanguageLearner(
                        barriers.contains(org.waypoint.persistence.participant.Barrier.ENGLISH_LANGUAGE_LEARNER))
                .disability(p.getDisability() == null ? null : p.getDisability() == Disclosure.YES)
                .publicAssistance(assistance)
                .homeless(barriers.contains(org.waypoint.persistence.participant.Barrier.HOMELESS_OR_RUNAWAY))
                // "In or aged out of foster care" is a youth barrier (681.210(c)(6)), not the foster child with
                // State or local payments that is low-income (WIOA sec. 3(36)(A)(v)): staff answer that.
                .familySize(p.getFamilySize())
                .annualFamilyIncome(p.getAnnualFamilyIncome())
                .attendingSchool(
                        p.getSchoolStatus() == null
                                ? null
                                : p.getSchoolStatus().name().startsWith("IN_"))
                .holdsSecondaryDiploma(diploma)
                .youthBarriers(youth)
                .build();
    }
}
