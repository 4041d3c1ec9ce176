package org.tansiq.dates;

import java.time.LocalDate;

/**
 * A date expression found in a text and what it resolves to.
 *
 * @param start    offset of the first char in the original text (UTF-16, as {@link String} counts)
 * @param end      offset just past the last char, exclusive
 * @param surface  the original text of the span; proclitics and prepositions before it («وفي»,
 *                 «بتاريخ») are not part of it
 * @param from     first day of the range it denotes, null when it cannot be resolved
 * @param to       last day, inclusive; equal to {@code from} at day precision
 * @param relative true when the date depends on the publication date: «أمس», «يوم الثلاثاء»,
 *                 «الشهر المقبل», and also a day and month without a year («23 أيار»)
 */
public record DateMention(int start, int end, String surface, LocalDate from, LocalDate to,
        TimePrecision precision, boolean relative) implements Dated {
}
