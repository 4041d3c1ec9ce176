/**
 * Dates in Arabic news: finding date expressions with their offsets ({@link org.tansiq.dates.DateFinder}),
 * resolving them against the publication date to a range and an ACLED-style
 * {@link org.tansiq.dates.TimePrecision}, reading an article's own date from its text
 * ({@link org.tansiq.dates.PublicationDate#fromText}), and picking the date that governs a sentence
 * ({@link org.tansiq.dates.ArticleDates}).
 *
 * <p>The vocabulary (month names of both families, weekdays, relative words, future-tense markers)
 * lives in {@code src/main/resources/dates/}; the grammar ({@code DateGrammar}) is regular
 * expressions over text normalised by {@code org.tansiq.text.ArabicNormalizer}, whose offset map
 * brings every span back to the original text. Pure Java, no database, no CDI.
 */
package org.tansiq.dates;
