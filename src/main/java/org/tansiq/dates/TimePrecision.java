package org.tansiq.dates;

/**
 * How precisely a date is known, in the steps ACLED codes by hand. ACLED has three codes: 1 for
 * an actual day, 2 for a specific week or a few days, 3 for a month or anything vaguer; the enum
 * keeps month, year and unknown apart because consumers (status histories, «as of» queries)
 * want to know the difference, and {@link #acledCode()} folds them back.
 */
public enum TimePrecision {
    DAY(1),
    /** A week or a span of a few days («الأسبوع الماضي», «منتصف حزيران»). */
    WEEK(2),
    MONTH(3),
    YEAR(3),
    /** Only that it happened around publication («مؤخراً»). */
    UNKNOWN(3);

    private final int acledCode;

    TimePrecision(int acledCode) {
        this.acledCode = acledCode;
    }

    /** The name in JSON and in the database: {@code day}, {@code week}... */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** ACLED's {@code time_precision}: 1 day, 2 week, 3 month or vaguer. */
    public int acledCode() {
        return acledCode;
    }

    /** The vaguer of the two. */
    public TimePrecision coarser(TimePrecision other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** One step vaguer: what «نحو» or «بضعة» does to a count. */
    TimePrecision vaguer() {
        return this == UNKNOWN ? UNKNOWN : values()[ordinal() + 1];
    }
}
