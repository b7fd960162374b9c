package org.waypoint.tools.participant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.Disclosure;
import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.persistence.participant.EmploymentStatus;
import org.waypoint.persistence.participant.PublicAssistance;
import org.waypoint.persistence.participant.Race;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.persistence.participant.SelectiveService;
import org.waypoint.persistence.participant.Sex;
import org.waypoint.persistence.participant.UnemploymentCompensation;
import org.waypoint.tools.participant.SyntheticReference.Area;
import org.waypoint.tools.participant.SyntheticReference.CountyZips;

/**
 * Makes up one participant at a time from a seeded {@link Random}: who they are, where they live in
 * an LWDA, the PIRL facts with roughly the shares a Kentucky caseload shows, the programs they
 * entered (decided by the application's eligibility rules), their case notes and, for most, an
 * eligibility determination. Everything is dated within the last three years and never after now.
 *
 * <p>The same seed, reference data and day give the same people in the same order.
 *
 * <p>Every code value the schema allows turns up, the rare ones at realistic shares (issue 21): a
 * layoff notice is EMPLOYED_WITH_TERMINATION_NOTICE, men under 18 are UNDER_18 for Selective
 * Service, a few who never registered are found NOT_KNOWING_AND_WILLFUL, American Indian or Alaska
 * Native and Native Hawaiian or Pacific Islander people are in the mix, and a few records carry the
 * legacy SSI_SSDI assistance value recorded before SSI and SSDI were told apart. The programs,
 * exits, services and notes are {@link SyntheticCaseHistory}'s, the plans {@link SyntheticPlans}'.
 */
final class SyntheticPeople extends SyntheticDraws {

    private static final int DAYS_BACK = 3 * 365;
    private static final long PLAN_SEED = 0x5EED_91A4L;
    private static final int[] AGE_FROM = {14, 18, 25, 35, 45, 55, 65};
    private static final int[] AGE_TO = {17, 24, 34, 44, 54, 64, 70};
    private static final int[] AGE_WEIGHT = {8, 17, 22, 20, 17, 12, 4};
    private static final List<String> KY_AREA_CODES = List.of("502", "859", "606", "270", "364");
    private static final List<String> GA_AREA_CODES =
            List.of("404", "470", "678", "770", "706", "762", "912", "229", "478");

    private final List<Area> areas;
    private final SyntheticCaseHistory history;
    private final SyntheticPlans plans;

    SyntheticPeople(long seed, List<Area> areas, Instant now, ZoneId zone) {
        super(new Random(seed), now, zone);
        this.areas = areas;
        this.history = new SyntheticCaseHistory(random, now, zone, new SyntheticDeterminations(random));
        // a stream of their own: adding plans left the people of every seed as they were
        this.plans = new SyntheticPlans(new Random(seed ^ PLAN_SEED), now, zone);
    }

    SyntheticPerson next() {
        SyntheticPerson p = new SyntheticPerson();
        Area area = pick(areas);
        p.lwdaId = area.lwdaId();
        p.stateCode = area.stateCode();
        p.officeId = area.officeIds().isEmpty() ? null : pick(area.officeIds());
        p.caseManager = area.caseManagers().isEmpty() ? null : pick(area.caseManagers());

        LocalDate registered = today.minusDays(random.nextInt(DAYS_BACK));
        p.createdAt = at(registered);
        int age = age();
        p.dateOfBirth = registered.minusYears(age).minusDays(random.nextInt(365));

        identity(p);
        address(p, pick(area.counties()));
        schooling(p, age);
        work(p, age);
        family(p, age);
        barriers(p, age);
        selectiveService(p, age);

        LocalDate entry = min(today, registered.plusDays(random.nextInt(15)));
        history.enrollments(p, entry);
        history.notes(p);
        plans.plan(p);
        return p;
    }

    private void identity(SyntheticPerson p) {
        int sex = random.nextInt(100);
        p.sex = sex < 52 ? Sex.FEMALE : sex < 99 ? Sex.MALE : Sex.UNDISCLOSED;
        List<String> names = p.sex == Sex.FEMALE
                ? SyntheticVocabulary.FEMALE_NAMES
                : p.sex == Sex.MALE
                        ? SyntheticVocabulary.MALE_NAMES
                        : random.nextBoolean() ? SyntheticVocabulary.FEMALE_NAMES : SyntheticVocabulary.MALE_NAMES;
        p.firstName = pick(names);
        if (chance(55)) {
            String middle = pick(names);
            p.middleName = middle.equals(p.firstName) ? null : middle;
        }
        p.lastName = pick(SyntheticVocabulary.SURNAMES);

        // Roughly Kentucky's shares (Census QuickFacts): American Indian or Alaska Native 0.3%,
        // Native Hawaiian or Pacific Islander 0.1%, two or more races 2.5%.
        int race = random.nextInt(1000);
        if (race < 787) {
            p.races.add(Race.WHITE);
        } else if (race < 932) {
            p.races.add(Race.BLACK_OR_AFRICAN_AMERICAN);
        } else if (race < 952) {
            p.races.add(Race.ASIAN);
        } else if (race < 955) {
            p.races.add(Race.AMERICAN_INDIAN_OR_ALASKA_NATIVE);
        } else if (race < 956) {
            p.races.add(Race.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER);
        } else if (race < 985) {
            p.races.add(Race.WHITE);
            int other = random.nextInt(100);
            p.races.add(
                    other < 75
                            ? Race.BLACK_OR_AFRICAN_AMERICAN
                            : other < 90 ? Race.ASIAN : Race.AMERICAN_INDIAN_OR_ALASKA_NATIVE);
        } // else: not disclosed, no race row
        p.hispanic = disclosure(6, 88);
        int language = random.nextInt(1000);
        p.preferredLanguage = p.hispanic == Disclosure.YES && language < 450
                ? "Spanish"
                : language < 965 ? "English" : language < 985 ? "Spanish" : pick(SyntheticVocabulary.OTHER_LANGUAGES);
        p.disability = disability();
        p.authorizedToWork = random.nextInt(1000) >= 15;
    }

    private void address(SyntheticPerson p, CountyZips county) {
        p.countyFips = county.fips();
        p.addressState = county.stateCode();
        p.zip = county.zips().isEmpty() ? null : pick(county.zips());
        // Waypoint's reference data names counties, not places: the county's name stands for the city.
        p.city = county.name();
        p.street = (100 + random.nextInt(9900)) + " " + pick(SyntheticVocabulary.STREETS)
                + (chance(15) ? " Apt " + (1 + random.nextInt(40)) : "");
        if (chance(96)) {
            List<String> areaCodes = "GA".equals(p.addressState) ? GA_AREA_CODES : KY_AREA_CODES;
            // 555-0100 to 555-0199 are reserved for fiction: no real line is ever dialled.
            p.phone = pick(areaCodes) + "-555-01" + String.format(Locale.ROOT, "%02d", random.nextInt(100));
        }
        if (chance(82)) {
            String first = letters(p.firstName);
            String last = letters(p.lastName);
            String local =
                    switch (random.nextInt(4)) {
                        case 0 -> first + "." + last;
                        case 1 -> first.charAt(0) + last + (10 + random.nextInt(90));
                        case 2 -> first + last + String.format(Locale.ROOT, "%02d", p.dateOfBirth.getYear() % 100);
                        default -> first + "_" + last + random.nextInt(1000);
                    };
            p.email = local + "@" + pick(SyntheticVocabulary.EMAIL_DOMAINS);
        }
    }

    /** School status and education consistent with the age at registration (PIRL 407, 408). */
    private void schooling(SyntheticPerson p, int age) {
        int r = random.nextInt(100);
        if (age < 16) {
            p.schoolStatus = r < 94 ? SchoolStatus.IN_SECONDARY_SCHOOL : SchoolStatus.IN_ALTERNATIVE_SCHOOL;
        } else if (age < 18) {
            p.schoolStatus = r < 62
                    ? SchoolStatus.IN_SECONDARY_SCHOOL
                    : r < 70
                            ? SchoolStatus.IN_ALTERNATIVE_SCHOOL
                            : r < 88
                                    ? SchoolStatus.NOT_IN_SCHOOL_DROPOUT
                                    : SchoolStatus.NOT_IN_SCHOOL_WITHIN_ATTENDANCE_AGE;
        } else if (age < 20) {
            p.schoolStatus = r < 12
                    ? SchoolStatus.IN_SECONDARY_SCHOOL
                    : r < 35
                            ? SchoolStatus.IN_POSTSECONDARY_SCHOOL
                            : r < 78 ? SchoolStatus.NOT_IN_SCHOOL_GRADUATE : SchoolStatus.NOT_IN_SCHOOL_DROPOUT;
        } else if (age < 25) {
            p.schoolStatus = r < 22
                    ? SchoolStatus.IN_POSTSECONDARY_SCHOOL
                    : r < 80 ? SchoolStatus.NOT_IN_SCHOOL_GRADUATE : SchoolStatus.NOT_IN_SCHOOL_DROPOUT;
        } else {
            p.schoolStatus = r < 6
                    ? SchoolStatus.IN_POSTSECONDARY_SCHOOL
                    : r < 86 ? SchoolStatus.NOT_IN_SCHOOL_GRADUATE : SchoolStatus.NOT_IN_SCHOOL_DROPOUT;
        }
        switch (p.schoolStatus) {
            case IN_SECONDARY_SCHOOL, IN_ALTERNATIVE_SCHOOL, NOT_IN_SCHOOL_WITHIN_ATTENDANCE_AGE -> {
                p.educationLevel = EducationLevel.NONE;
                p.highestGrade = Math.max(7, Math.min(11, age - 7));
            }
            case NOT_IN_SCHOOL_DROPOUT -> {
                p.educationLevel = EducationLevel.NONE;
                p.highestGrade = 8 + random.nextInt(4);
            }
            case IN_POSTSECONDARY_SCHOOL -> {
                p.educationLevel = chance(80) ? EducationLevel.SECONDARY_DIPLOMA : EducationLevel.SOME_POSTSECONDARY;
                p.highestGrade = 12;
            }
            default -> {
                p.educationLevel = graduateEducation(age, p.disability);
                p.highestGrade = 12;
            }
        }
    }

    private EducationLevel graduateEducation(int age, Disclosure disability) {
        if (disability == Disclosure.YES && chance(3)) {
            return EducationLevel.DISABILITY_CERTIFICATE;
        }
        int r = random.nextInt(100);
        if (r < 56 || age < 20) {
            return r < 46 || age < 20 ? EducationLevel.SECONDARY_DIPLOMA : EducationLevel.SECONDARY_EQUIVALENCY;
        }
        if (r < 72) {
            return EducationLevel.SOME_POSTSECONDARY;
        }
        if (r < 82) {
            return EducationLevel.POSTSECONDARY_CERTIFICATE;
        }
        if (r < 90 || age < 22) {
            return EducationLevel.ASSOCIATE;
        }
        return r < 98 ? EducationLevel.BACHELOR : EducationLevel.BEYOND_BACHELOR;
    }

    /** Employment and unemployment compensation at entry (PIRL 400, 401), veteran status. */
    private void work(SyntheticPerson p, int age) {
        boolean inSchool = p.schoolStatus.name().startsWith("IN_");
        int r = random.nextInt(100);
        if (age < 16) {
            p.employmentStatus = EmploymentStatus.NOT_EMPLOYED;
        } else if (inSchool) {
            p.employmentStatus = r < 25 ? EmploymentStatus.EMPLOYED : EmploymentStatus.NOT_EMPLOYED;
        } else {
            // A layoff notice (PIRL 400 code 2) is also a dislocated worker fact of the determination.
            p.layoffNotice = r >= 89;
            p.employmentStatus = r < 58
                    ? EmploymentStatus.NOT_EMPLOYED
                    : p.layoffNotice ? EmploymentStatus.EMPLOYED_WITH_TERMINATION_NOTICE : EmploymentStatus.EMPLOYED;
        }
        int uc = random.nextInt(100);
        boolean mayClaim = age >= 18 && p.employmentStatus == EmploymentStatus.NOT_EMPLOYED && !inSchool;
        p.ucStatus = mayClaim && uc < 27
                ? UnemploymentCompensation.CLAIMANT
                : mayClaim && uc < 36 ? UnemploymentCompensation.EXHAUSTEE : UnemploymentCompensation.NOT_CLAIMANT;
        p.veteran = age >= 19 && chance(p.sex == Sex.MALE ? 11 : 2);
        p.eligibleSpouse = !p.veteran && age >= 19 && chance(1);
    }

    /** Family size and income (the past 6 months times two), public assistance for some low incomes. */
    private void family(SyntheticPerson p, int age) {
        int r = random.nextInt(100);
        p.familySize = age < 18
                ? 2 + random.nextInt(5)
                : r < 30 ? 1 : r < 52 ? 2 : r < 72 ? 3 : r < 87 ? 4 : r < 95 ? 5 : 6 + random.nextInt(3);
        double income;
        if (p.employmentStatus == EmploymentStatus.NOT_EMPLOYED) {
            income = random.nextInt(100) < 18 ? 0 : 4_000 + Math.abs(random.nextGaussian()) * 14_000;
        } else {
            income = 16_000 + Math.abs(random.nextGaussian()) * 26_000;
        }
        if (age < 25 && chance(60)) {
            // Most youth served come from low-income families.
            income = income * 0.45;
        }
        income += (p.familySize - 1) * random.nextInt(4_000);
        p.annualFamilyIncome = BigDecimal.valueOf(Math.round(income)).setScale(2);
        boolean poor = p.annualFamilyIncome.compareTo(SyntheticDeterminations.povertyGuideline(p.familySize)) <= 0;
        if (chance(poor ? 48 : 7)) {
            int a = random.nextInt(100);
            p.publicAssistance.add(
                    a < 62
                            ? PublicAssistance.SNAP
                            : a < 75
                                    ? PublicAssistance.TANF
                                    : a < 88
                                            ? PublicAssistance.SSI
                                            : a < 92
                                                    ? PublicAssistance.SSDI
                                                    : a < 98 ? PublicAssistance.OTHER : PublicAssistance.SSI_SSDI);
        }
    }

    /** Zero to three barriers (PIRL 800-808), only those that fit the person. */
    private void barriers(SyntheticPerson p, int age) {
        if (!"English".equals(p.preferredLanguage) && chance(85)) {
            p.barriers.add(Barrier.ENGLISH_LANGUAGE_LEARNER);
        }
        int r = random.nextInt(100);
        int wanted = r < 45 ? 0 : r < 75 ? 1 : r < 92 ? 2 : 3;
        List<Barrier> pool = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        addBarrier(pool, weights, Barrier.BASIC_SKILLS_DEFICIENT, 16);
        addBarrier(pool, weights, Barrier.HOMELESS_OR_RUNAWAY, 5);
        addBarrier(pool, weights, Barrier.CULTURAL_BARRIERS, 3);
        addBarrier(pool, weights, Barrier.MIGRANT_SEASONAL_FARMWORKER, age >= 16 ? 2 : 0);
        addBarrier(pool, weights, Barrier.EX_OFFENDER, age >= 16 ? 11 : 0);
        addBarrier(pool, weights, Barrier.SINGLE_PARENT, age >= 17 ? 14 : 0);
        addBarrier(pool, weights, Barrier.PREGNANT_OR_PARENTING, age <= 24 ? 9 : 0);
        addBarrier(pool, weights, Barrier.FOSTER_CARE, age <= 24 ? 4 : 0);
        addBarrier(pool, weights, Barrier.DISPLACED_HOMEMAKER, age >= 25 ? 3 : 0);
        addBarrier(
                pool,
                weights,
                Barrier.LONG_TERM_UNEMPLOYED,
                age >= 18 && p.employmentStatus == EmploymentStatus.NOT_EMPLOYED ? 15 : 0);
        while (p.barriers.size() < wanted && !pool.isEmpty()) {
            int index = weighted(weights);
            p.barriers.add(pool.remove(index));
            weights.remove(index);
        }
    }

    private static void addBarrier(List<Barrier> pool, List<Integer> weights, Barrier barrier, int weight) {
        if (weight > 0) {
            pool.add(barrier);
            weights.add(weight);
        }
    }

    /**
     * Men born in 1960 or later register at 18 (20 CFR 680.120), and are asked again once 18; women
     * and older men are exempt. About half of the men past 26 who never registered are found to
     * have failed to register neither knowingly nor willfully (WIOA sec. 189(h)).
     */
    private void selectiveService(SyntheticPerson p, int age) {
        if (p.sex == Sex.UNDISCLOSED) {
            return;
        }
        if (p.sex == Sex.MALE && age < 18) {
            p.selectiveService = SelectiveService.UNDER_18;
        } else if (p.sex == Sex.FEMALE || p.dateOfBirth.isBefore(LocalDate.of(1960, 1, 1))) {
            p.selectiveService = SelectiveService.EXEMPT;
        } else if (chance(96)) {
            p.selectiveService = SelectiveService.REGISTERED;
        } else {
            p.selectiveService = age >= 26 && chance(50)
                    ? SelectiveService.NOT_KNOWING_AND_WILLFUL
                    : SelectiveService.NOT_REGISTERED;
        }
    }

    private int age() {
        int bracket = weighted(AGE_WEIGHT);
        return AGE_FROM[bracket] + random.nextInt(AGE_TO[bracket] - AGE_FROM[bracket] + 1);
    }

    private Disclosure disclosure(int yes, int no) {
        int r = random.nextInt(100);
        return r < yes ? Disclosure.YES : r < yes + no ? Disclosure.NO : Disclosure.NOT_DISCLOSED;
    }

    private Disclosure disability() {
        return disclosure(9, 84);
    }

    private static String letters(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
