package org.tansiq.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.NormalizedText;

/**
 * The dates of one article, for the event extractor: its publication date (metadata first, else
 * read from the text), every date mention resolved against it, and the date governing a
 * sentence.
 *
 * <p>Relative mentions resolve only against a publication date known to the day: «أمس» in an
 * article known only to be from 2021 stays unresolved rather than pretending.
 */
public final class ArticleDates {

    private final String text;
    private final PublicationDate publication;
    private final List<DateMention> mentions;

    private ArticleDates(String text, PublicationDate publication, List<DateMention> mentions) {
        this.text = text;
        this.publication = publication;
        this.mentions = mentions;
    }

    /** @param publishedMetadata the article's date from its metadata, or null */
    public static ArticleDates of(String text, LocalDate publishedMetadata) {
        return of(ArabicNormalizer.normalize(text), publishedMetadata);
    }

    /**
     * {@link #of(String, LocalDate)} for a text already normalised. The date expressions are
     * searched for once: reading the publication date from the text and resolving the mentions
     * against it share the search.
     */
    public static ArticleDates of(NormalizedText text, LocalDate publishedMetadata) {
        DateFinder finder = DateFinder.standard();
        RuleMatches matches = finder.search(text);
        PublicationDate publication = publishedMetadata != null
                ? PublicationDate.ofMetadata(publishedMetadata)
                : PublicationDate.fromText(matches).orElse(null);
        LocalDate reference = publication != null && publication.precision() == TimePrecision.DAY ? publication.from() : null;
        return new ArticleDates(text.original(), publication, finder.find(matches, reference));
    }

    public Optional<PublicationDate> publication() {
        return Optional.ofNullable(publication);
    }

    /** Every date mention in text order. */
    public List<DateMention> mentions() {
        return mentions;
    }

    /**
     * The date governing the sentence [sentenceStart, sentenceEnd): the mention inside it nearest
     * to {@code anchor} (the word that names the event; on a tie the one before it, as Arabic
     * news tends to put the date first). If that mention cannot be resolved («مؤخراً», or «أمس»
     * with a publication date known only to the year), the publication date at the vaguer of
     * the two precisions; with no mention, the publication date. Empty when there is neither.
     */
    public Optional<GoverningDate> governing(int sentenceStart, int sentenceEnd, int anchor) {
        DateMention nearest = null;
        for (DateMention m : mentions) {
            if (m.start() >= sentenceStart && m.end() <= sentenceEnd
                    && (nearest == null || distance(m, anchor) < distance(nearest, anchor))) {
                nearest = m;
            }
        }
        if (nearest != null && nearest.isResolved()) {
            return Optional.of(new GoverningDate(nearest.from(), nearest.to(), nearest.precision(), nearest));
        }
        if (publication == null) {
            return Optional.empty();
        }
        TimePrecision precision = nearest == null ? publication.precision() : publication.precision().coarser(nearest.precision());
        return Optional.of(new GoverningDate(publication.from(), publication.to(), precision, null));
    }

    /** {@link #governing(int, int, int)} for the sentence around {@code anchor}, split simply (. ! ? ؟ and line breaks). */
    public Optional<GoverningDate> governingAt(int anchor) {
        int[] sentence = Sentences.around(text, anchor);
        return governing(sentence[0], sentence[1], anchor);
    }

    /** Chars between the mention and the anchor; a mention after the anchor counts half a char more. */
    private static double distance(DateMention m, int anchor) {
        if (anchor >= m.start() && anchor < m.end()) {
            return 0;
        }
        return anchor < m.start() ? m.start() - anchor + 0.5 : anchor - m.end() + 1;
    }
}
