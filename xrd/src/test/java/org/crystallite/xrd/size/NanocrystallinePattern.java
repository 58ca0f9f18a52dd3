package org.crystallite.xrd.size;

import java.util.ArrayList;
import java.util.List;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.instrument.InstrumentProfile;
import org.crystallite.xrd.instrument.StandardPhase;
import org.crystallite.xrd.peaks.SyntheticPattern;

/**
 * Seeded synthetic patterns of a size- and strain-broadened fcc phase measured on a given
 * instrument. The physics model (documented in docs/cli.md and the size package):
 * <ul>
 * <li>instrument: Voigt with the profile's ΓG(2θ) and ΓL(2θ);</li>
 * <li>size: Lorentzian with integral breadth β = λ / (D cos θ) (radians; D the volume-weighted column
 *     length, K = 1);</li>
 * <li>microstrain: Lorentzian with integral breadth β = 4 ε tan θ (the Williamson–Hall model);</li>
 * <li>convolution of Voigts: Gaussian FWHMs add in quadrature (here: only the instrument's),
 *     Lorentzian FWHMs add linearly;</li>
 * <li>each line a Kα1/Kα2 doublet of exact Voigts, Poisson counts on a flat background.</li>
 * </ul>
 */
final class NanocrystallinePattern {

    /** fcc, a = 4.0 Å: well separated lines from 111 (38.9° with Cu) on. */
    static final StandardPhase PHASE = new StandardPhase("fcc 4.0", 4.0, StandardPhase.Centering.FACE_CENTRED);

    private NanocrystallinePattern() {
    }

    static List<StandardPhase.Reflection> reflections(InstrumentProfile instrument) {
        return PHASE.reflections(instrument.radiation().kAlpha1Angstrom(), 122).stream()
                .filter(r -> r.twoThetaDeg() > 30).toList();
    }

    static Spectrum pattern(InstrumentProfile instrument, double sizeNm, double strain, double area, long seed) {
        double lambdaNm = instrument.radiation().kAlpha1Angstrom() / 10;
        List<SyntheticPattern.Line> lines = new ArrayList<>();
        for (StandardPhase.Reflection r : reflections(instrument)) {
            double t = r.twoThetaDeg();
            double theta = Math.toRadians(t / 2);
            double breadthRad = lambdaNm / (sizeNm * Math.cos(theta)) + 4 * strain * Math.tan(theta);
            double sampleFwhmL = Math.toDegrees(breadthRad) * 2 / Math.PI;
            lines.add(new SyntheticPattern.Line(t, area, instrument.fwhmGaussianDeg(t),
                    instrument.fwhmLorentzianDeg(t) + sampleFwhmL));
        }
        return SyntheticPattern.counts(SyntheticPattern.grid(25, 125, 0.02), lines, instrument.radiation(), 100, seed);
    }
}
