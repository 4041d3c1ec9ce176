package org.tansiq.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tansiq.dates.CalendarMath.Direction;

class CalendarMathTest {

    /** A Wednesday. */
    static final LocalDate REF = LocalDate.of(2024, 6, 5);

    @ParameterizedTest(name = "{0}/{1} {2} -> {3}")
    @CsvSource({
            "5, 6, ON_OR_BEFORE, 2024-06-05",
            "6, 6, ON_OR_BEFORE, 2023-06-06",
            "5, 6, BEFORE, 2023-06-05",
            "5, 6, ON_OR_AFTER, 2024-06-05",
            "4, 6, ON_OR_AFTER, 2025-06-04",
            "5, 6, AFTER, 2025-06-05",
            "1, 1, CURRENT, 2024-01-01",
            "31, 12, ON_OR_BEFORE, 2023-12-31",
    })
    void dayMonth(int day, int month, Direction dir, LocalDate expected) {
        assertEquals(expected, CalendarMath.dayMonth(day, month, REF, dir));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "6, ON_OR_BEFORE, 2024-06",
            "6, BEFORE, 2023-06",
            "7, ON_OR_BEFORE, 2023-07",
            "5, ON_OR_AFTER, 2025-05",
            "6, AFTER, 2025-06",
            "12, CURRENT, 2024-12",
    })
    void month(int month, Direction dir, YearMonth expected) {
        assertEquals(expected, CalendarMath.month(month, REF, dir));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "WEDNESDAY, ON_OR_BEFORE, 2024-06-05",
            "WEDNESDAY, BEFORE, 2024-05-29",
            "WEDNESDAY, ON_OR_AFTER, 2024-06-05",
            "WEDNESDAY, AFTER, 2024-06-12",
            "TUESDAY, ON_OR_BEFORE, 2024-06-04",
            "THURSDAY, ON_OR_BEFORE, 2024-05-30",
            "THURSDAY, ON_OR_AFTER, 2024-06-06",
    })
    void weekday(DayOfWeek day, Direction dir, LocalDate expected) {
        assertEquals(expected, CalendarMath.weekday(day, REF, dir));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2024-06-05, 2024-06-01",   // Wednesday -> the Saturday before
            "2024-06-01, 2024-06-01",   // a Saturday starts its own week
            "2024-06-07, 2024-06-01",   // Friday ends it
    })
    void weeksStartOnSaturday(LocalDate day, LocalDate expected) {
        assertEquals(expected, CalendarMath.weekStart(day));
    }
}
