package org.tansiq.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tansiq.evaluation.Calibration.Outcome;

class CalibrationTest {

    @Test
    void perfectlyCalibratedBinsHaveNoError() {
        // 0.75 four times, three right; 0.25 four times, one right
        Calibration c = Calibration.of(List.of(new Outcome(0.75, true), new Outcome(0.75, true),
                new Outcome(0.75, true), new Outcome(0.75, false), new Outcome(0.25, true), new Outcome(0.25, false),
                new Outcome(0.25, false), new Outcome(0.25, false)));
        assertEquals(0.0, c.expectedCalibrationError(), 1e-12);
        assertEquals(2, c.reliability().size());
        assertEquals(0.1875, c.brier(), 1e-12);
    }

    @Test
    void overconfidenceShowsAsTheGap() {
        Calibration c = Calibration.of(List.of(new Outcome(1.0, true), new Outcome(1.0, false)));
        assertEquals(0.5, c.expectedCalibrationError(), 1e-12);
        assertEquals(0.5, c.brier(), 1e-12);
        assertEquals(0.9, c.reliability().get(0).lower(), 1e-12); // 1.0 falls in the last bin
    }
}
