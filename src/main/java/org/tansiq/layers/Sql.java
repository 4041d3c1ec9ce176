package org.tansiq.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fragment of SQL with the arguments its {@code ?} take, in order: fragments are joined with
 * their arguments, so no caller keeps a hand-ordered list of what to bind.
 */
public record Sql(String text, List<Object> args) {

    public Sql {
        args = List.copyOf(args);
        long marks = text.chars().filter(ch -> ch == '?').count();
        if (marks != args.size()) {
            throw new IllegalArgumentException(marks + " ? but " + args.size() + " arguments in: " + text);
        }
    }

    public static final Sql EMPTY = new Sql("", List.of());

    public static Sql of(String text, Object... args) {
        return new Sql(text, Arrays.asList(args));
    }

    /** This fragment followed by another. */
    public Sql then(Sql next) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(next.args);
        return new Sql(text + next.text, all);
    }

    public Sql then(String text, Object... args) {
        return then(of(text, args));
    }

    /**
     * This fragment with {@code marker} (once in it) replaced by another fragment, whose arguments
     * take their place among this one's.
     */
    public Sql replace(String marker, Sql part) {
        int at = text.indexOf(marker);
        if (at < 0 || text.indexOf(marker, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + marker + "' must be in the SQL exactly once");
        }
        int before = (int) text.substring(0, at).chars().filter(ch -> ch == '?').count();
        List<Object> all = new ArrayList<>(args.subList(0, before));
        all.addAll(part.args);
        all.addAll(args.subList(before, args.size()));
        return new Sql(text.substring(0, at) + part.text + text.substring(at + marker.length()), all);
    }

    /** This fragment inside a template's {@code %s}s, in order, each with its arguments. */
    public static Sql format(String template, Sql... parts) {
        String[] pieces = template.split("%s", -1);
        if (pieces.length != parts.length + 1) {
            throw new IllegalArgumentException(parts.length + " parts for " + (pieces.length - 1) + " %s");
        }
        Sql out = of(pieces[0]);
        for (int i = 0; i < parts.length; i++) {
            out = out.then(parts[i]).then(of(pieces[i + 1]));
        }
        return out;
    }
}
