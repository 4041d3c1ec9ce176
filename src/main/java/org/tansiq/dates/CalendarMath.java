package org.tansiq.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** Placing a partial date (no year, a weekday, a month) relative to a reference day. */
final class CalendarMath {

    /** Where the date lies relative to the reference day. */
    enum Direction {
        /** On or before: the default, news reports what happened. */
        ON_OR_BEFORE,
        /** «الماضي». */
        BEFORE,
        /** On or after: a sentence in the future tense. */
        ON_OR_AFTER,
        /** «المقبل», «القادم». */
        AFTER,
        /** «الجاري»: the reference's own week, month or year. */
        CURRENT
    }

    /** Years searched either side for a day and month (29 February needs up to eight). */
    private static final int YEARS_AROUND = 8;

    private CalendarMath() {
    }

    /** The day-and-month nearest the reference in the given direction; null if none exists. */
    static LocalDate dayMonth(int day, int month, LocalDate ref, Direction dir) {
        LocalDate best = null;
        for (int y = ref.getYear() - YEARS_AROUND; y <= ref.getYear() + YEARS_AROUND; y++) {
            LocalDate d = date(y, month, day);
            if (d == null || !fits(d.compareTo(ref), dir) || (dir == Direction.CURRENT && y != ref.getYear())) {
                continue;
            }
            if (best == null || Math.abs(d.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }

    /** The month nearest the reference's month in the given direction. */
    static YearMonth month(int month, LocalDate ref, Direction dir) {
        YearMonth here = YearMonth.from(ref);
        YearMonth sameYear = YearMonth.of(ref.getYear(), month);
        int cmp = sameYear.compareTo(here);
        if (dir == Direction.CURRENT || fits(cmp, dir)) {
            return sameYear;
        }
        return dir == Direction.ON_OR_BEFORE || dir == Direction.BEFORE ? sameYear.minusYears(1) : sameYear.plusYears(1);
    }

    /** The weekday nearest the reference in the given direction (CURRENT counts as on or before). */
    static LocalDate weekday(DayOfWeek day, LocalDate ref, Direction dir) {
        return switch (dir) {
            case ON_OR_BEFORE, CURRENT -> ref.with(TemporalAdjusters.previousOrSame(day));
            case BEFORE -> ref.with(TemporalAdjusters.previous(day));
            case ON_OR_AFTER -> ref.with(TemporalAdjusters.nextOrSame(day));
            case AFTER -> ref.with(TemporalAdjusters.next(day));
        };
    }

    /**
     * First day of the reference's week. Weeks start on Saturday, as Iraqi calendars print them
     * (the working week starts on Sunday; Friday and Saturday are the weekend).
     */
    static LocalDate weekStart(LocalDate ref) {
        return ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    }

    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean fits(int cmp, Direction dir) {
        return switch (dir) {
            case ON_OR_BEFORE -> cmp <= 0;
            case BEFORE -> cmp < 0;
            case ON_OR_AFTER -> cmp >= 0;
            case AFTER -> cmp > 0;
            case CURRENT -> true;
        };
    }
}
