package org.tansiq.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a benchmark's figures were measured on. */
final class Machine {

    private Machine() {
    }

    /** The CPU's model name from /proc/cpuinfo, or null where there is none. */
    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
