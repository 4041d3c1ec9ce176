package org.tansiq.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tansiq.dates.DateFinder.Found;
import org.tansiq.dates.PublicationDate.Source;
import org.tansiq.text.ArabicNormalizer;

/** Reads {@link PublicationDate#fromText}; one instance per call. */
final class PublicationDateReader {

    /** How far down the text a date line or a dateline still counts as the article's. */
    private static final int TOP_LINES = 6;
    /** Letters a date line may hold besides its date («آخر تحديث»), so a headline with a date is not one. */
    private static final int TOP_LINE_SPARE_LETTERS = 12;
    /** Chars allowed between «نشر في» and its date, or «اليوم» and its date. */
    private static final int MAX_GAP = 12;
    private static final Pattern CLOCK = Pattern.compile("[0-9]{1,2}:[0-9]{2}(?:\\s*(?:ص|م|am|pm)(?![\\p{L}]))?");
    /** A place of up to three words, maybe an outlet in brackets, then a slash or dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{L}+(?:\\s+\\p{L}+){0,2}\\s*(?:\\([^)\\n]{0,40}\\)\\s*)?[/\\-–—]\\s*");
    private static final Pattern DATELINE_YEAR = Pattern.compile("^((?:19|20)[0-9]{2})\\s*/");

    private final DateFinder finder;
    private final DateLexicon lexicon;

    PublicationDateReader(DateFinder finder, DateLexicon lexicon) {
        this.finder = finder;
        this.lexicon = lexicon;
    }

    Optional<PublicationDate> read(RuleMatches matches) {
        String text = matches.normalized().original();
        List<Found> found = finder.findReadings(matches, null);
        int latestYear = found.stream().filter(f -> !f.mention().relative() && f.mention().isResolved())
                .mapToInt(f -> f.mention().to().getYear()).max().orElse(-1);
        return stated(text, found, latestYear)
                .or(() -> topLine(text, found, latestYear))
                .or(() -> today(text, found, latestYear));
    }

    /** «نشر في 23 أيار 2021»: a cue phrase just before a mention. */
    private Optional<PublicationDate> stated(String text, List<Found> found, int latestYear) {
        for (Found f : found) {
            String before = text.substring(Math.max(0, f.mention().start() - MAX_GAP - 20), f.mention().start());
            String folded = DateLexicon.normalize(before.replaceAll("[:：\\-–]", " "));
            for (String cue : lexicon.phrases("published")) {
                int at = folded.lastIndexOf(cue);
                if (at >= 0 && isOnlyGlue(folded.substring(at + cue.length()))) {
                    Optional<PublicationDate> date = resolve(f, latestYear, Source.STATED);
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** What may stand between a cue and its date: nothing, «في», «بتاريخ», «اليوم». */
    private static boolean isOnlyGlue(String between) {
        String rest = between.strip();
        return rest.isEmpty() || rest.equals("في") || rest.equals("بتاريخ") || rest.equals("يوم");
    }

    /** A line near the top that is a date and little else, or a dateline. */
    private Optional<PublicationDate> topLine(String text, List<Found> found, int latestYear) {
        int lineStart = 0;
        int seen = 0;
        while (lineStart < text.length() && seen < TOP_LINES) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                seen++;
                if (!isCaption(line)) {
                    int at = lineStart;
                    Optional<PublicationDate> date = dateline(line, at, found, latestYear)
                            .or(() -> dateLine(line, at, found, latestYear));
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    private Optional<PublicationDate> dateLine(String line, int lineStart, List<Found> found, int latestYear) {
        StringBuilder rest = new StringBuilder(line);
        Found dayMention = null;
        for (Found f : found) {
            int s = f.mention().start() - lineStart;
            int e = f.mention().end() - lineStart;
            if (s >= 0 && e <= line.length()) {
                if (dayMention == null && f.mention().precision() == TimePrecision.DAY) {
                    dayMention = f;
                }
                for (int i = s; i < e; i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        if (dayMention == null) {
            return Optional.empty();
        }
        String spare = CLOCK.matcher(rest).replaceAll(" ");
        long letters = spare.chars().filter(Character::isLetter).count();
        return letters <= TOP_LINE_SPARE_LETTERS ? resolve(dayMention, latestYear, Source.TOP_LINE) : Optional.empty();
    }

    /** «أربيل - 23 أيار 2021», «كركوك/ 2021/». */
    private Optional<PublicationDate> dateline(String line, int lineStart, List<Found> found, int latestYear) {
        Matcher head = DATELINE.matcher(line);
        if (!head.find()) {
            return Optional.empty();
        }
        int dateAt = lineStart + head.end();
        for (Found f : found) {
            if (f.mention().start() == dateAt) {
                return resolve(f, latestYear, Source.DATELINE);
            }
        }
        Matcher year = DATELINE_YEAR.matcher(ArabicNormalizer.fold(line.substring(head.end())));
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            return Optional.of(new PublicationDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), TimePrecision.YEAR,
                    dateAt, dateAt + year.end(1), Source.DATELINE));
        }
        return Optional.empty();
    }

    /** «اليوم، الاثنين 24 ايار»: the writer's today, given as a date. */
    private Optional<PublicationDate> today(String text, List<Found> found, int latestYear) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Found today = found.get(i);
            Found next = found.get(i + 1);
            boolean isToday = DateLexicon.normalize(today.mention().surface()).equals(DateLexicon.normalize("اليوم"));
            String gap = text.substring(today.mention().end(), next.mention().start());
            if (isToday && gap.length() <= 3 && gap.replaceAll("[\\s،,]", "").isEmpty() && next.reading().day() != null) {
                Optional<PublicationDate> date = resolve(next, latestYear, Source.TODAY);
                if (date.isPresent()) {
                    return Optional.of(new PublicationDate(date.get().from(), date.get().to(), date.get().precision(),
                            today.mention().start(), next.mention().end(), Source.TODAY));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The mention's date, or for a day and month without a year the first of the text's latest
     * year and the year after that agrees with the weekday written with it (with no weekday, the
     * latest year).
     */
    private static Optional<PublicationDate> resolve(Found f, int latestYear, Source source) {
        DateMention m = f.mention();
        if (m.isResolved()) {
            return Optional.of(new PublicationDate(m.from(), m.to(), m.precision(), m.start(), m.end(), source));
        }
        Reading r = f.reading();
        if (r.day() == null || r.month() == null || latestYear < 0) {
            return Optional.empty();
        }
        for (int y = latestYear; y <= latestYear + 1; y++) {
            LocalDate d = CalendarMath.date(y, r.month(), r.day());
            if (d != null && (r.weekday() == null ? y == latestYear : d.getDayOfWeek() == r.weekday())) {
                return Optional.of(new PublicationDate(d, d, TimePrecision.DAY, m.start(), m.end(), source));
            }
        }
        return Optional.empty();
    }

    private boolean isCaption(String line) {
        String folded = DateLexicon.normalize(line);
        return lexicon.phrases("caption").stream().anyMatch(folded::contains);
    }
}
