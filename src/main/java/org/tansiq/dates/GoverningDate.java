package org.tansiq.dates;

import java.time.LocalDate;

/**
 * The date that governs a sentence: a date mention in it, or the publication date.
 *
 * @param mention the mention it comes from; null when it comes from the publication date
 */
public record GoverningDate(LocalDate from, LocalDate to, TimePrecision precision, DateMention mention)
        implements Dated {

    public boolean fromPublication() {
        return mention == null;
    }
}
