package org.tansiq.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What one grammar rule read from a match: the resolved range (null when it needs a publication
 * date that is missing) and the parts as written, which {@link PublicationDateReader} uses to
 * find the year of a stated date such as «اليوم، الاثنين 24 ايار».
 */
record Reading(LocalDate from, LocalDate to, TimePrecision precision, boolean relative,
        Integer day, Integer month, Integer year, DayOfWeek weekday) {

    static Reading day(LocalDate d, boolean relative) {
        return new Reading(d, d, TimePrecision.DAY, relative, null, null, null, null);
    }

    static Reading range(LocalDate from, LocalDate to, TimePrecision precision, boolean relative) {
        return new Reading(from, to, precision, relative, null, null, null, null);
    }

    static Reading month(YearMonth m, boolean relative) {
        return range(m.atDay(1), m.atEndOfMonth(), TimePrecision.MONTH, relative);
    }

    static Reading unresolved(TimePrecision precision) {
        return range(null, null, precision, true);
    }

    /** The same reading, remembering the written day, month, year and weekday. */
    Reading written(Integer day, Integer month, Integer year, DayOfWeek weekday) {
        return new Reading(from, to, precision, relative, day, month, year, weekday);
    }
}
