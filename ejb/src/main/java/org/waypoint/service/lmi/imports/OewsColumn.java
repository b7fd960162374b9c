package org.waypoint.service.lmi.imports;

/**
 * The 32 columns of BLS OEWS data files, shared by the national, state, metropolitan and
 * nonmetropolitan-area files. Public because {@link OewsRow#topCoded()} names wage columns by them.
 */
public enum OewsColumn implements LayoutColumn {
    AREA,
    AREA_TITLE,
    AREA_TYPE,
    PRIM_STATE,
    NAICS,
    NAICS_TITLE,
    I_GROUP,
    OWN_CODE,
    OCC_CODE,
    OCC_TITLE,
    O_GROUP,
    TOT_EMP,
    EMP_PRSE,
    JOBS_1000,
    LOC_QUOTIENT,
    PCT_TOTAL,
    PCT_RPT,
    H_MEAN,
    A_MEAN,
    MEAN_PRSE,
    H_PCT10,
    H_PCT25,
    H_MEDIAN,
    H_PCT75,
    H_PCT90,
    A_PCT10,
    A_PCT25,
    A_MEDIAN,
    A_PCT75,
    A_PCT90,
    ANNUAL,
    HOURLY;

    /** The header as BLS writes it: the constant's name. */
    @Override
    public String header() {
        return name();
    }

    /** True for the 12 wage columns, the only ones "#" (top-coded) may appear in. */
    public boolean isWage() {
        return isHourlyWage() || isAnnualWage();
    }

    /** H_MEAN and H_PCT10 to H_PCT90: dollars an hour, with cents. */
    public boolean isHourlyWage() {
        return this == H_MEAN || (compareTo(H_PCT10) >= 0 && compareTo(H_PCT90) <= 0);
    }

    /** A_MEAN and A_PCT10 to A_PCT90: whole dollars a year. */
    public boolean isAnnualWage() {
        return this == A_MEAN || (compareTo(A_PCT10) >= 0 && compareTo(A_PCT90) <= 0);
    }
}
