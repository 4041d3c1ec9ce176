package org.tansiq.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.tansiq.dates.Sentences;

/**
 * Every text the project has for the event extractor, and synthetic variants made from them: the
 * five seeds, the geoparser's development texts, the extractor's development texts, then
 * articles recombined from their sentences and clauses by a fixed-seed random walk, so the pin
 * ({@link ExtractorOutputPinTest}) and the benchmark ({@code ExtractBenchmark}) read the same
 * corpus on every machine. A variant may start with the first lines of a real text (where the
 * publication date is read from) and is read both with and without a publication date.
 */
public final class ExtractorCorpus {

    /** One text to extract from, with the publication date to pass (null: read it from the text). */
    public record Case(String name, String text, LocalDate published) {
    }

    static final List<Path> DIRECTORIES = List.of(Path.of("src/main/resources/seeds"),
            Path.of("src/test/resources/gold/dev"), Path.of("src/test/resources/gold/events/dev"));
    private static final long SEED = 20_210_523L;
    private static final LocalDate[] DATES = {LocalDate.of(2021, 5, 24), LocalDate.of(2020, 9, 16),
            LocalDate.of(2017, 11, 30), LocalDate.of(2019, 3, 1)};
    private static final String[] SEPARATORS = {"\n", " ", "\n\n", ". "};

    private ExtractorCorpus() {
    }

    /** The project's own texts, by file name. */
    public static List<Case> originals() {
        List<Case> cases = new ArrayList<>();
        for (Path dir : DIRECTORIES) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    cases.add(new Case(dir.getFileName() + "/" + f.getFileName(),
                            Files.readString(f, StandardCharsets.UTF_8), null));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cases;
    }

    /** Each original with no publication date and with one, then {@code variants} recombined texts. */
    public static List<Case> all(int variants) {
        List<Case> originals = originals();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            Case c = originals.get(i);
            cases.add(c);
            cases.add(new Case(c.name(), c.text(), DATES[i % DATES.length]));
        }
        cases.addAll(variants(originals, variants));
        return cases;
    }

    /** Texts recombined from the originals' sentences (two in three) or clauses (one in three). */
    public static List<Case> variants(List<Case> originals, int count) {
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            List<String> pieces = new ArrayList<>();
            int sources = 2 + random.nextInt(3);
            for (int k = 0; k < sources; k++) {
                String text = originals.get(random.nextInt(originals.size())).text();
                for (int[] s : Sentences.spans(text)) {
                    pieces.add(text.substring(s[0], s[1]));
                }
            }
            Collections.shuffle(pieces, random);
            boolean clauses = v % 3 == 2;
            StringBuilder text = new StringBuilder();
            if (random.nextInt(5) < 3) {
                text.append(head(originals.get(random.nextInt(originals.size())).text(), 1 + random.nextInt(3)));
            }
            int n = Math.min(pieces.size(), 4 + random.nextInt(20));
            String separator = SEPARATORS[random.nextInt(SEPARATORS.length)];
            for (int i = 0; i < n; i++) {
                String piece = pieces.get(i);
                if (clauses) {
                    String[] parts = piece.split("،");
                    piece = parts[random.nextInt(parts.length)].strip() + "، " + parts[random.nextInt(parts.length)].strip();
                }
                text.append(piece).append(separator);
            }
            LocalDate published = v % 2 == 0 ? null : DATES[random.nextInt(DATES.length)];
            cases.add(new Case("variant-" + v, text.toString(), published));
        }
        return cases;
    }

    /** The first {@code lines} lines of a text, line breaks kept. */
    private static String head(String text, int lines) {
        int end = 0;
        for (int k = 0; k < lines && end < text.length(); k++) {
            int nl = text.indexOf('\n', end);
            end = nl < 0 ? text.length() : nl + 1;
        }
        return text.substring(0, end);
    }
}
