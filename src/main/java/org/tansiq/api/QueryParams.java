package org.tansiq.api;

/** Query parameters parsed before a resource uses them, with a 400 that names the parameter. */
final class QueryParams {

    private QueryParams() {
    }

    static int intIn(String name, String value, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number.");
        }
        if (v < min || v > max) {
            throw ProblemException.badRequest(name + " must be between " + min + " and " + max + ".");
        }
        return v;
    }

    /** A decimal number greater than {@code minExclusive} and at most {@code max}. */
    static double decimalIn(String name, String value, double minExclusive, double max) {
        double v;
        try {
            v = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a number.");
        }
        if (!(v > minExclusive && v <= max)) {
            throw ProblemException.badRequest(name + " must be greater than " + minExclusive + " and at most " + max
                    + ".");
        }
        return v;
    }
}
