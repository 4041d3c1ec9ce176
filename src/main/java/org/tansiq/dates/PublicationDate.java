package org.tansiq.dates;

import java.time.LocalDate;
import java.util.Optional;
import org.tansiq.text.ArabicNormalizer;

/**
 * An article's own date: from metadata, or read from its text when the metadata lacks it.
 *
 * @param start  where the text states it (original offsets, end exclusive); -1 for metadata
 * @param end    see {@code start}
 * @param source how it was found
 */
public record PublicationDate(LocalDate from, LocalDate to, TimePrecision precision, int start, int end, Source source)
        implements Dated {

    /** How a publication date was found, most trusted first. */
    public enum Source {
        /** The article's metadata. */
        METADATA,
        /** Stated as such: «نشر في 23 أيار 2021», «تاريخ النشر: ...». */
        STATED,
        /** A line near the top that is only a date, perhaps with a weekday and a time («الخميس 30 نوفمبر 2017 06:11 ص»). */
        TOP_LINE,
        /** A dateline: a place, a slash or dash, a date («أربيل - 23 أيار 2021», «كركوك/ 2021/»). */
        DATELINE,
        /** The writer's «today» given as a date («نُشِر اليوم، الاثنين 24 ايار»). */
        TODAY
    }

    public static PublicationDate ofMetadata(LocalDate date) {
        return new PublicationDate(date, date, TimePrecision.DAY, -1, -1, Source.METADATA);
    }

    /**
     * The publication date the text states, if it states one. In order: an explicit «نشر في» /
     * «تاريخ النشر»; a date line among the first lines (photo captions such as «كركوك/ 2016/ ...
     * تصوير: ...» are skipped: they date the photo); a dateline; «اليوم» followed by a date.
     * A stated day and month without a year takes the year from the text: the latest year
     * written in it, or the year after, whichever agrees with a stated weekday.
     */
    public static Optional<PublicationDate> fromText(String text) {
        return fromText(DateFinder.standard().search(ArabicNormalizer.normalize(text)));
    }

    /** {@link #fromText(String)} on the standard finder's search of the text. */
    static Optional<PublicationDate> fromText(RuleMatches matches) {
        return new PublicationDateReader(DateFinder.standard(), DateLexicon.standard()).read(matches);
    }
}
