package org.tansiq.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads any file in the GeoNames dump format (cities500.txt, IQ.txt, allCountries.txt, or the
 * same zipped as GeoNames serves them). Streams: allCountries is 12 million lines.
 */
public final class GeoNamesDumpReader {

    static final int COLUMNS = 19;

    private GeoNamesDumpReader() {
    }

    /** Calls {@code sink} for every well-formed line; returns how many lines were malformed. */
    public static int read(Path file, Consumer<GeoNamesRecord> sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (file.getFileName().toString().toLowerCase().endsWith(".zip")) {
                return readZip(in, file, sink);
            }
            return read(in, sink);
        }
    }

    public static int read(InputStream in, Consumer<GeoNamesRecord> sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        int malformed = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            GeoNamesRecord record = parse(line);
            if (record == null) {
                malformed++;
            } else {
                sink.accept(record);
            }
        }
        return malformed;
    }

    /** GeoNames zips hold the dump beside a readme.txt; the dump is the other .txt entry. */
    private static int readZip(InputStream in, Path file, Consumer<GeoNamesRecord> sink) throws IOException {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            String name = entry.getName().toLowerCase();
            if (name.endsWith(".txt") && !name.endsWith("readme.txt")) {
                return read(zip, sink);
            }
        }
        throw new UncheckedIOException(new IOException("no GeoNames dump inside " + file));
    }

    /** Parses one line; null when it is not a geoname row. */
    static GeoNamesRecord parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            return null;
        }
        try {
            return new GeoNamesRecord(
                    Long.parseLong(f[0]),
                    f[1],
                    f[2],
                    f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(",")),
                    Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]),
                    f[6],
                    f[7],
                    f[8],
                    f[10],
                    f[11],
                    f[14].isEmpty() ? null : Long.valueOf(f[14]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
