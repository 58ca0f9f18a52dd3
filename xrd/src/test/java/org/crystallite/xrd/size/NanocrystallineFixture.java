package org.crystallite.xrd.size;

import java.util.List;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.instrument.InstrumentProfile;

/** Public entry to {@link NanocrystallinePattern} for tests in other packages. */
public final class NanocrystallineFixture {

    private NanocrystallineFixture() {
    }

    public static Spectrum pattern(InstrumentProfile instrument, double sizeNm, double strain, double area, long seed) {
        return NanocrystallinePattern.pattern(instrument, sizeNm, strain, area, seed);
    }

    public static List<Double> positions(InstrumentProfile instrument) {
        return NanocrystallinePattern.reflections(instrument).stream().map(r -> r.twoThetaDeg()).toList();
    }
}
