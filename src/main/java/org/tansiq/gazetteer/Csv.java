package org.tansiq.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF) for the curated and reference data. */
public final class Csv {

    private Csv() {
    }

    public static List<List<String>> read(Reader reader) throws IOException {
        // Closing quotes need one char of look-ahead.
        Reader in = reader.markSupported() ? reader : new java.io.BufferedReader(reader);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        in.reset();
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (any || field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        rows.removeIf(r -> r.size() == 1 && r.get(0).isBlank());
        return rows;
    }

    /** Column positions by header name (a BOM ignored); {@code what} names the file in the error for a missing one. */
    public static Map<String, Integer> columns(List<String> header, List<String> required, String what) {
        Map<String, Integer> col = IntStream.range(0, header.size()).boxed()
                .collect(Collectors.toMap(i -> header.get(i).strip().replace("\uFEFF", ""), Function.identity(),
                        (a, b) -> a));
        for (String name : required) {
            if (!col.containsKey(name)) {
                throw new IllegalArgumentException(what + ": missing column " + name);
            }
        }
        return col;
    }
}
