package org.tansiq.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tansiq.dates.CalendarMath.Direction;

/**
 * The date expressions Tansiq reads, one rule each: a regular expression over normalised text
 * (text.ArabicNormalizer: alef and hamza forms, teh marbuta and Arabic-Indic digits already
 * folded) built from {@link DateLexicon}'s words, and a reader that turns a match into a
 * {@link Reading} or rejects it. Every pattern marks the date itself as group {@code core};
 * proclitics and prepositions before it («وفي», «بتاريخ») stay outside.
 *
 * <p>Rules overlap on purpose («الأحد» alone, «الأحد 23 أيار 2021»); {@link DateFinder} keeps
 * the longest match. Hijri dates are not read (their years, 14xx, are outside the year pattern
 * and their month names are not in the lexicon).
 */
final class DateGrammar {

    /** Start of a word: no letter or digit before. */
    private static final String B = "(?<![\\p{L}\\p{N}])";
    /** End of a word. */
    private static final String E = "(?![\\p{L}\\p{N}])";
    /**
     * Conjunction and preposition clitics written onto the first word («والأحد», «ليوم»,
     * «وبعد»). Reluctant, so a word that merely begins with these letters is tried whole first.
     */
    private static final String CL = "(?:[وفبل]|و[فبل]|ف[بل])??";
    /** Every proclitic {@link #CL} reads is one or two of these letters. */
    private static final String CLITIC_LETTERS = "وفبل";
    private static final String SEP = "\\s*[،,]?\\s*";
    private static final String DAY = "(?<d>[0-9]{1,2})(?![0-9])";
    /** Gregorian years of modern news; «2021م» carries the Gregorian mark. */
    private static final String YEAR = "(?<y>(?:19|20)[0-9]{2})(?![0-9])(?:\\s*م" + E + ")?";
    private static final String NUMERIC_END = "(?![0-9]|[/.\\-][0-9])";
    private static final String NUMERIC_START = "(?<![0-9/.\\-])";

    /** A rule: what it matches and how to read a match (null rejects it). */
    interface Reader {
        Reading read(Matcher m, Context c);
    }

    /** A rule: its pattern (a word start, perhaps proclitics, then its body) and its reader. */
    record Rule(String name, Pattern pattern, Reader reader, boolean clitics, Pattern body) {
    }

    /** The rule whose pattern is {@code wordStart + clitics + body} ({@code clitics} {@link #CL} or empty). */
    private static Rule rule(String name, String wordStart, String clitics, String body, Reader reader) {
        return new Rule(name, Pattern.compile(wordStart + clitics + body), reader, !clitics.isEmpty(),
                Pattern.compile(body));
    }

    /** What a reader needs besides the match. */
    interface Context {
        DateLexicon lexicon();

        String text();

        /** Publication date, null when unknown: relative expressions then stay unresolved. */
        LocalDate published();

        /** Whether the sentence around the normalised offset is in the future tense. */
        boolean future(int offset);

        /** Whether the original text behind the normalised span carries a tanween (dropped by normalisation). */
        boolean hasTanween(int start, int end);
    }

    private final List<Rule> rules;
    /** Which rules' bodies may open at a position. */
    private final Openings openings;
    /** The rules that take proclitics, as a bit set over {@link #rules}. */
    private final int cliticRules;

    DateGrammar(DateLexicon lex) {
        String months = lex.monthAlternation() + E;
        String weekdays = lex.weekdayAlternation() + E;
        String dir = "(?:\\s+(?<dir>" + lex.alternation("dir") + ")" + E + ")?";
        String part = "(?:(?<part>" + lex.alternation("part") + ")\\s+)?";
        String month = "(?<sh>شهر\\s+)?(?<m1>" + months + ")(?:\\s*[/\\\\(\\-–]\\s*(?<m2>" + months + ")(?:\\s*\\))?)?";
        String weekday = "(?:(?<pre>(?:" + lex.alternation("timeofday") + ")\\s+(?:يوم\\s+)?|يوم\\s+))?(?<wd>" + weekdays + ")";
        String yearWord = "(?:(?:من\\s+)?(?:ل)?" + lex.alternation("year") + "\\s*)?";
        String cue = "(?:(?<cue>" + lex.alternation("cue") + ")\\s+)?";

        rules = List.of(
                rule("day-month", B, CL, "(?<core>(?:" + weekday + SEP + "(?:الموافق\\s+)?)?"
                        + DAY + "\\s*(?:من\\s+)?" + month + "(?:" + SEP + yearWord + YEAR + ")?" + dir + ")",
                        DateGrammar::dayMonth),
                rule("numeric-dmy", NUMERIC_START + B, CL, "(?<core>(?:" + weekday + SEP + ")?"
                        + "(?<d>[0-9]{1,2})\\s?(?<s>[/.\\-])\\s?(?<m>[0-9]{1,2})\\s?\\k<s>\\s?(?<y>(?:19|20)[0-9]{2}))"
                        + NUMERIC_END, DateGrammar::numeric),
                rule("numeric-ymd", NUMERIC_START + B, CL, "(?<core>(?<y>(?:19|20)[0-9]{2})"
                        + "(?<s>[/.\\-])(?<m>[0-9]{1,2})\\k<s>(?<d>[0-9]{1,2}))" + NUMERIC_END, DateGrammar::numeric),
                rule("day-of-relative-month", B, "", "(?<core>" + DAY + "\\s+(?:من\\s+)?(?:ال)?شهر\\s+(?<dir>"
                        + lex.alternation("dir") + ")" + E + ")", DateGrammar::dayOfRelativeMonth),
                rule("month-year", B, CL, "(?<core>" + part + month + SEP + yearWord + YEAR + ")",
                        DateGrammar::monthYear),
                rule("month", B, CL, cue + "(?<core>" + part + month + dir + ")",
                        DateGrammar::monthAlone),
                rule("year", B, CL, cue + "(?<core>" + part + "(?<yw>(?:ال)?(?:عام|سنه)\\s*)?" + YEAR + ")",
                        DateGrammar::yearAlone),
                rule("weekday", B, CL, "(?<core>" + weekday + dir + ")", DateGrammar::weekday),
                rule("day-offset", B, CL, "(?<core>(?:(?<pre>(?:" + lex.alternation("timeofday")
                        + ")|يوم)\\s+)?(?<off>" + lex.alternation("offset") + ")" + E
                        + "(?:" + SEP + "(?<wd>" + weekdays + ")(?!" + SEP + "[0-9]))?)", DateGrammar::dayOffset),
                rule("period", B, CL, "(?<core>(?:(?<this>" + lex.alternation("this") + ")\\s+)?(?<per>"
                        + lex.alternation("period") + ")" + E + dir + ")", DateGrammar::period),
                rule("plural-period", B, CL, "(?<core>(?:خلال\\s+)?(?<pl>" + lex.alternation("plural")
                        + ")\\s+(?:(?:" + lex.alternation("few") + ")\\s+)?(?<dir>" + lex.alternation("dir") + ")" + E + ")",
                        DateGrammar::pluralPeriod),
                rule("duration", B, CL, "(?<core>(?<rel>" + lex.alternation("ago") + ")\\s+(?:(?<approx>"
                        + lex.alternation("approx") + ")\\s+)?(?:(?<n>[0-9]{1,3}|" + lex.alternation("number") + ")\\s+)?(?<unit>"
                        + lex.alternation("unit") + ")" + E + ")(?!\\s*[0-9])(?!\\s+من" + E + ")", DateGrammar::duration),
                rule("recent", B, CL, "(?<core>" + lex.alternation("recent") + ")" + E,
                        (m, c) -> Reading.unresolved(TimePrecision.UNKNOWN)));
        openings = new Openings(rules.stream().map(Rule::body).toList());
        int clitic = 0;
        for (int r = 0; r < rules.size(); r++) {
            clitic |= rules.get(r).clitics() ? 1 << r : 0;
        }
        cliticRules = clitic;
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * The rules that may match at {@code p}, as a bit set over {@link #rules()} (a clear bit: that
     * rule cannot; a set one: it may), so a search need not run the others there. A rule's body
     * must open at {@code p}, or for a rule that takes proclitics after one or two proclitic
     * letters.
     */
    int mayMatchAt(String text, int p) {
        int may = 0;
        int last = Math.min(text.length(), p + 3);
        for (int i = p; i < last; i++) {
            may |= openings.mayMatchAt(text, i) & (i == p ? -1 : cliticRules);
            if (CLITIC_LETTERS.indexOf(text.charAt(i)) < 0) {
                break;
            }
        }
        return may;
    }

    // --- readers ---------------------------------------------------------------------------

    private static Reading dayMonth(Matcher m, Context c) {
        int day = Integer.parseInt(m.group("d"));
        Integer month = c.lexicon().month(m.group("m1"));
        DayOfWeek wd = weekdayOf(m, c);
        if (m.group("y") != null) {
            int year = Integer.parseInt(m.group("y"));
            LocalDate d = CalendarMath.date(year, month, day);
            return d == null ? null : Reading.day(d, false).written(day, month, year, wd);
        }
        if (CalendarMath.date(2000, month, day) == null) {
            return null; // «31 شباط» is no date in any year (2000 is a leap year)
        }
        if (c.published() == null) {
            return Reading.unresolved(TimePrecision.DAY).written(day, month, null, wd);
        }
        LocalDate d = CalendarMath.dayMonth(day, month, c.published(), direction(m, c));
        return d == null ? null : Reading.day(d, true).written(day, month, null, wd);
    }

    /** Day first: 23/5/2021 is 23 May, as Arabic texts write it; 5/23/2021 is rejected, not read as US. */
    private static Reading numeric(Matcher m, Context c) {
        int day = Integer.parseInt(m.group("d"));
        int month = Integer.parseInt(m.group("m"));
        int year = Integer.parseInt(m.group("y"));
        LocalDate d = CalendarMath.date(year, month, day);
        return d == null ? null : Reading.day(d, false).written(day, month, year, weekdayOf(m, c));
    }

    /** «13 الشهر الماضي»: a day of the month before, of or after publication. */
    private static Reading dayOfRelativeMonth(Matcher m, Context c) {
        int day = Integer.parseInt(m.group("d"));
        if (day < 1 || day > 31) {
            return null;
        }
        if (c.published() == null) {
            return Reading.unresolved(TimePrecision.DAY);
        }
        YearMonth ym = YearMonth.from(c.published()).plusMonths(shift(c.lexicon().value("dir", m.group("dir"))));
        return ym.isValidDay(day) ? Reading.day(ym.atDay(day), true) : null;
    }

    private static Reading monthYear(Matcher m, Context c) {
        int month = c.lexicon().month(m.group("m1"));
        int year = Integer.parseInt(m.group("y"));
        return monthPart(YearMonth.of(year, month), m.group("part"), c, false);
    }

    /** A month name alone is a date only with a cue («في», «منتصف», «شهر», «الماضي»): «مارس» is also a verb. */
    private static Reading monthAlone(Matcher m, Context c) {
        if (m.group("cue") == null && m.group("part") == null && m.group("sh") == null && m.group("dir") == null) {
            return null;
        }
        int month = c.lexicon().month(m.group("m1"));
        if (c.published() == null) {
            return Reading.unresolved(m.group("part") == null ? TimePrecision.MONTH : TimePrecision.WEEK).written(null, month, null, null);
        }
        return monthPart(CalendarMath.month(month, c.published(), direction(m, c)), m.group("part"), c, true);
    }

    /** A bare four-digit number is a year only after «عام», «سنة» or a cue («في 2020», «منذ 2014»). */
    private static Reading yearAlone(Matcher m, Context c) {
        if (m.group("cue") == null && m.group("part") == null && m.group("yw") == null) {
            return null;
        }
        int year = Integer.parseInt(m.group("y"));
        String part = m.group("part") == null ? null : c.lexicon().value("part", m.group("part"));
        if (part == null) {
            return Reading.range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), TimePrecision.YEAR, false)
                    .written(null, null, year, null);
        }
        // Thirds of the year: «مطلع 2020» January-April, «منتصف» May-August, «أواخر» September-December.
        int first = switch (part) {
            case "early" -> 1;
            case "mid" -> 5;
            default -> 9;
        };
        return Reading.range(LocalDate.of(year, first, 1), YearMonth.of(year, first + 3).atEndOfMonth(), TimePrecision.MONTH, false);
    }

    /**
     * A weekday alone is a date only when something marks it as one: «يوم», a time of day, a
     * direction («الأحد الماضي»), or commas round it («انتشرت قوات أمريكية، الأربعاء، في
     * كركوك»). Bare «الاثنين» is also «the two», «الأحد» also «the one».
     */
    private static Reading weekday(Matcher m, Context c) {
        int start = m.start("core");
        int end = m.end("core");
        if (m.group("pre") == null && m.group("dir") == null && !(punctuationBefore(c.text(), start) && punctuationAfter(c.text(), end))) {
            return null;
        }
        DayOfWeek wd = c.lexicon().weekday(m.group("wd"));
        if (c.published() == null) {
            return Reading.unresolved(TimePrecision.DAY).written(null, null, null, wd);
        }
        return Reading.day(CalendarMath.weekday(wd, c.published(), direction(m, c)), true).written(null, null, null, wd);
    }

    private static Reading dayOffset(Matcher m, Context c) {
        String off = m.group("off");
        int days = Integer.parseInt(c.lexicon().value("offset", off));
        if (days == 0 && !isToday(c, m.start("off"), m.end("off"))) {
            return null;
        }
        if (off.equals("غدا") && m.group("pre") == null && !c.hasTanween(m.start("off"), m.end("off"))) {
            return null; // «غدا» without tanween is also the verb «became»
        }
        DayOfWeek wd = m.group("wd") == null ? null : c.lexicon().weekday(m.group("wd"));
        if (c.published() == null) {
            return Reading.unresolved(TimePrecision.DAY).written(null, null, null, wd);
        }
        return Reading.day(c.published().plusDays(days), true).written(null, null, null, wd);
    }

    /** «الأسبوع الماضي», «هذا الشهر», «العام المقبل»; «العام» alone is «general» («القائد العام»). */
    private static Reading period(Matcher m, Context c) {
        if (m.group("this") == null && m.group("dir") == null) {
            return null;
        }
        String per = c.lexicon().value("period", m.group("per"));
        TimePrecision precision = switch (per) {
            case "week" -> TimePrecision.WEEK;
            case "month" -> TimePrecision.MONTH;
            default -> TimePrecision.YEAR;
        };
        if (c.published() == null) {
            return Reading.unresolved(precision);
        }
        int shift = m.group("dir") == null ? 0 : shift(c.lexicon().value("dir", m.group("dir")));
        LocalDate p = c.published();
        return switch (per) {
            case "week" -> {
                LocalDate start = CalendarMath.weekStart(p).plusWeeks(shift);
                yield Reading.range(start, start.plusDays(6), precision, true);
            }
            case "month" -> Reading.month(YearMonth.from(p).plusMonths(shift), true);
            default -> Reading.range(LocalDate.of(p.getYear() + shift, 1, 1), LocalDate.of(p.getYear() + shift, 12, 31), precision, true);
        };
    }

    /**
     * «خلال الأيام المقبلة», «الأيام القليلة الماضية», «الأشهر الماضية»: a span next to
     * publication, not including it. Days span a week, weeks a month, months a quarter, years
     * three years; the lengths are conventions, the precision says how rough they are.
     */
    private static Reading pluralPeriod(Matcher m, Context c) {
        String unit = c.lexicon().value("plural", m.group("pl"));
        String dir = c.lexicon().value("dir", m.group("dir"));
        if ("current".equals(dir)) {
            return null;
        }
        TimePrecision precision = switch (unit) {
            case "day" -> TimePrecision.WEEK;
            case "week", "month" -> TimePrecision.MONTH;
            default -> TimePrecision.YEAR;
        };
        if (c.published() == null) {
            return Reading.unresolved(precision);
        }
        LocalDate p = c.published();
        LocalDate far = switch (unit) {
            case "day" -> "past".equals(dir) ? p.minusDays(7) : p.plusDays(7);
            case "week" -> "past".equals(dir) ? p.minusWeeks(4) : p.plusWeeks(4);
            case "month" -> "past".equals(dir) ? p.minusMonths(3) : p.plusMonths(3);
            default -> "past".equals(dir) ? p.minusYears(3) : p.plusYears(3);
        };
        return "past".equals(dir)
                ? Reading.range(far, p.minusDays(1), precision, true)
                : Reading.range(p.plusDays(1), far, precision, true);
    }

    /**
     * «قبل ثلاثة أيام», «منذ نحو شهر», «بعد يومين»: publication minus or plus a count of units.
     * Not read when «من» follows («قبل يومين من الهجوم» counts from the attack, not from
     * publication) or a number does («بعد عام 2014» is a year).
     */
    private static Reading duration(Matcher m, Context c) {
        String[] unit = c.lexicon().value("unit", m.group("unit")).split(":");
        int count;
        boolean vague = m.group("approx") != null;
        if (m.group("n") != null) {
            String n = m.group("n");
            String word = c.lexicon().value("number", n);
            if (word == null) {
                count = Integer.parseInt(n);
            } else {
                vague |= word.startsWith("~");
                count = Integer.parseInt(word.replace("~", ""));
            }
        } else {
            count = Integer.parseInt(unit[1]);
        }
        if (count <= 0) {
            return null; // «منذ سنوات»: a plural without a number says no more than «a while ago»
        }
        TimePrecision precision = switch (unit[0]) {
            case "day" -> TimePrecision.DAY;
            case "week" -> TimePrecision.WEEK;
            case "month" -> TimePrecision.MONTH;
            default -> TimePrecision.YEAR;
        };
        if (vague && (precision == TimePrecision.DAY || precision == TimePrecision.WEEK)) {
            precision = precision.vaguer();
        }
        if (c.published() == null) {
            return Reading.unresolved(precision);
        }
        int sign = Integer.parseInt(c.lexicon().value("ago", m.group("rel")));
        LocalDate p = c.published();
        LocalDate d = switch (unit[0]) {
            case "day" -> p.plusDays((long) sign * count);
            case "week" -> p.plusWeeks((long) sign * count);
            case "month" -> p.plusMonths((long) sign * count);
            default -> p.plusYears((long) sign * count);
        };
        int halfWidth = switch (precision) {
            case DAY -> 0;
            case WEEK -> 3;
            case MONTH -> 15;
            default -> 182;
        };
        return Reading.range(d.minusDays(halfWidth), d.plusDays(halfWidth), precision, true);
    }

    // --- helpers ---------------------------------------------------------------------------

    /**
     * Parts of a month: «مطلع» days 1-10, «منتصف» 11-20, «أواخر» 21 to the end, at week
     * precision (ACLED's code 2 covers «a few days»); a whole month at month precision.
     */
    private static Reading monthPart(YearMonth ym, String partWord, Context c, boolean relative) {
        String part = partWord == null ? null : c.lexicon().value("part", partWord);
        if (part == null) {
            return Reading.month(ym, relative).written(null, ym.getMonthValue(), relative ? null : ym.getYear(), null);
        }
        return switch (part) {
            case "early" -> Reading.range(ym.atDay(1), ym.atDay(10), TimePrecision.WEEK, relative);
            case "mid" -> Reading.range(ym.atDay(11), ym.atDay(20), TimePrecision.WEEK, relative);
            default -> Reading.range(ym.atDay(21), ym.atEndOfMonth(), TimePrecision.WEEK, relative);
        };
    }

    /**
     * «الماضي» before, «المقبل» after, «الجاري» the current one; with no such word, on or before
     * publication unless the sentence is in the future tense.
     */
    private static Direction direction(Matcher m, Context c) {
        String dir = m.group("dir") == null ? null : c.lexicon().value("dir", m.group("dir"));
        if (dir == null) {
            return c.future(m.start("core")) ? Direction.ON_OR_AFTER : Direction.ON_OR_BEFORE;
        }
        return switch (dir) {
            case "past" -> Direction.BEFORE;
            case "next" -> Direction.AFTER;
            default -> Direction.CURRENT;
        };
    }

    private static int shift(String dir) {
        return switch (dir) {
            case "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    /** The weekday written before the date, if the rule has one and it was written. */
    private static DayOfWeek weekdayOf(Matcher m, Context c) {
        String wd;
        try {
            wd = m.group("wd");
        } catch (IllegalArgumentException noSuchGroup) {
            return null; // «2021/5/23» has no place for one
        }
        return wd == null ? null : c.lexicon().weekday(wd);
    }

    /** «اليوم» as «today», not «بنفس اليوم» (the same day) nor «اليوم التالي» (the next day). */
    private static boolean isToday(Context c, int start, int end) {
        String before = wordBefore(c.text(), start);
        String after = wordAfter(c.text(), end);
        return !c.lexicon().has("today.not-after", before) && !c.lexicon().has("today.not-before", after)
                && !c.lexicon().has("today.not-after", stripClitic(before));
    }

    private static String stripClitic(String word) {
        return word.length() > 2 && (word.charAt(0) == 'و' || word.charAt(0) == 'ب') ? word.substring(1) : word;
    }

    private static String wordBefore(String text, int start) {
        int e = start;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e);
    }

    private static String wordAfter(String text, int end) {
        int s = end;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    private static final String OPENING = "،,.:;(«\"-–—[";
    private static final String CLOSING = "،,.:;)»\"-–—]";

    private static boolean punctuationBefore(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || OPENING.indexOf(text.charAt(i)) >= 0;
    }

    private static boolean punctuationAfter(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i >= text.length() || text.charAt(i) == '\n' || CLOSING.indexOf(text.charAt(i)) >= 0;
    }
}
