package org.tansiq.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.tansiq.events.EventKind;

/** Query parameters parsed before a resource uses them, with a 400 that names the parameter. */
final class QueryParams {

    private QueryParams() {
    }

    static int intIn(String name, String value, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number.");
        }
        if (v < min || v > max) {
            throw ProblemException.badRequest(name + " must be between " + min + " and " + max + ".");
        }
        return v;
    }

    /** A decimal number greater than {@code minExclusive} and at most {@code max}. */
    static double decimalIn(String name, String value, double minExclusive, double max) {
        double v;
        try {
            v = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a number.");
        }
        if (!(v > minExclusive && v <= max)) {
            throw ProblemException.badRequest(name + " must be greater than " + minExclusive + " and at most " + max
                    + ".");
        }
        return v;
    }

    /**
     * An instant as OGC API's {@code datetime}, reduced to the date it names: an ISO date
     * ({@code 2021-05-23}) or an RFC 3339 date-time ({@code 2021-05-23T10:00:00Z}, the date as written in
     * its own offset). Intervals are not taken.
     */
    static LocalDate date(String name, String value) {
        LocalDate date = anyDate(name, value);
        // Java parses years far beyond what PostgreSQL stores («+999999999-12-31»): a client error, not a 500.
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw ProblemException.badRequest(name + " must be a date between the years 1 and 9999.");
        }
        return date;
    }

    private static LocalDate anyDate(String name, String value) {
        String v = value.strip();
        if (v.contains("/")) {
            throw ProblemException.badRequest(name + " must be one date or date-time; intervals are not supported.");
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException notWithOffset) {
                try {
                    return LocalDateTime.parse(v).toLocalDate();
                } catch (DateTimeParseException e) {
                    throw ProblemException.badRequest(name + " must be an ISO date (2021-05-23) or date-time"
                            + " (2021-05-23T10:00:00Z).");
                }
            }
        }
    }

    /** One of the centre statuses by its JSON name ({@code opened}...). */
    static org.tansiq.events.CentreStatus centreStatus(String name, String value) {
        String v = value.strip();
        for (org.tansiq.events.CentreStatus s : org.tansiq.events.CentreStatus.values()) {
            if (s.json().equals(v)) {
                return s;
            }
        }
        throw ProblemException.badRequest(name + " must be one of " + Arrays.stream(
                org.tansiq.events.CentreStatus.values()).map(org.tansiq.events.CentreStatus::json)
                .collect(Collectors.joining(", ")) + ".");
    }

    /** One of the event kinds by its JSON name ({@code coordination_centre}...). */
    static EventKind eventKind(String name, String value) {
        String v = value.strip();
        for (EventKind k : EventKind.values()) {
            if (k.json().equals(v)) {
                return k;
            }
        }
        throw ProblemException.badRequest(name + " must be one of " + Arrays.stream(EventKind.values())
                .map(EventKind::json).collect(Collectors.joining(", ")) + ".");
    }
}
