package org.crystallite.spectrum.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TieParserTest {

    @Test
    void plainReference() {
        Tie t = TieParser.parse("=C-C.fwhm");
        assertEquals(new Tie("C-C", "fwhm", 1, 0), t);
    }

    @Test
    void factorAndOffsetWithSpacesAndDotsInTheName() {
        assertEquals(new Tie("Pt 4f7/2", "area", 0.75, 0), TieParser.parse("=Pt 4f7/2.area * 0.75"));
        assertEquals(new Tie("Pt 4f7/2", "center", 1, 3.33), TieParser.parse("=Pt 4f7/2.center + 3.33"));
        assertEquals(new Tie("Fe 2p3/2.main", "center", 1, -13.1), TieParser.parse("= Fe 2p3/2.main.center - 13.1"));
        assertEquals(new Tie("a", "area", -2e-3, 1.5), TieParser.parse("=a.area*-2e-3+1.5"));
    }

    @Test
    void expressionRoundTrips() {
        for (String s : new String[] {"=A.area * 0.5", "=Pt 4f7/2.center + 3.33", "=x.fwhm * 1.2 - 0.1", "=a.m"}) {
            Tie t = TieParser.parse(s);
            assertEquals(t, TieParser.parse(t.expression()));
        }
    }

    @Test
    void nonLinearOrMalformedTiesAreRefused() {
        for (String s : new String[] {"=A.area * B.area", "=A.area^2", "A.area", "=A", "=A.area * "}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TieParser.parse(s));
            assertTrue(e.getMessage().contains("linear ties only"), e.getMessage());
        }
    }
}
