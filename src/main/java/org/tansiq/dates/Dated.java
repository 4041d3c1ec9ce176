package org.tansiq.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Something dated by an inclusive range and a precision: a date mention, a publication date, the
 * date governing a sentence. {@code from} and {@code to} are null when the date is not known
 * (a relative expression without a publication date, «مؤخراً»).
 */
public interface Dated {

    LocalDate from();

    /** Inclusive. */
    LocalDate to();

    TimePrecision precision();

    default boolean isResolved() {
        return from() != null;
    }

    /**
     * One date for consumers that need a single one (an event's {@code date}): the day itself at
     * day precision, else the middle of the range, so that sorting by it puts «May 2021» after
     * «1 May» and before «31 May». Null when unresolved.
     */
    default LocalDate date() {
        if (from() == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(from(), to());
        return from().plusDays(days / 2);
    }

    /** ACLED's {@code time_precision} code (1, 2 or 3). */
    default int acledTimePrecision() {
        return precision().acledCode();
    }
}
