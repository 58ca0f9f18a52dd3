package org.crystallite.xrd.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LatticeRefinerTest {

    private static final double CU = 1.5405929;

    static Stream<Arguments> systems() {
        return Stream.of(
                Arguments.of(CrystalSystem.CUBIC, UnitCell.cubic(4.15692), "Pm-3m"),
                Arguments.of(CrystalSystem.CUBIC, UnitCell.cubic(5.43102), "Fd-3m"),
                Arguments.of(CrystalSystem.TETRAGONAL, UnitCell.tetragonal(3.7852, 9.5139), "I41/amd"),
                Arguments.of(CrystalSystem.HEXAGONAL, UnitCell.hexagonal(9.3717, 6.8859), "P63/m"),
                Arguments.of(CrystalSystem.HEXAGONAL, UnitCell.hexagonal(2.8156, 14.0542), "R-3m"),
                Arguments.of(CrystalSystem.ORTHORHOMBIC, UnitCell.orthorhombic(10.332, 6.010, 4.692), "Pnma"),
                Arguments.of(CrystalSystem.MONOCLINIC, UnitCell.monoclinic(6.763493, 13.803014, 7.689354, 124.0869),
                        "P21/c"),
                Arguments.of(CrystalSystem.TRICLINIC, new UnitCell(5.1, 6.3, 7.2, 85.0, 95.5, 101.2), "P-1"));
    }

    /** Start 0.05 % off (angles 0.1° off): noise-free peaks must give back the cell to 1e-9 relative. */
    @ParameterizedTest
    @MethodSource("systems")
    void recoversEveryCrystalSystemExactly(CrystalSystem system, UnitCell truth, String spaceGroup) throws Exception {
        ReflectionConditions cond = ReflectionConditions.forSpaceGroup(spaceGroup);
        List<ObservedReflection> peaks = SyntheticPeaks.exact(truth, system, cond, CU, 10, 100);
        double[] p = system.parameters(truth);
        for (int i = 0; i < p.length; i++) {
            p[i] += i < 3 ? p[i] * 5e-4 : 0.1;
        }
        LatticeRefiner refiner = new LatticeRefiner(system, cond, CU, ShiftModel.NONE,
                RefinementOptions.defaults().withTolerance(0.2).withUseAmbiguous(true));
        LatticeFit fit = refiner.refine(peaks, system.cell(p));
        double[] got = system.parameters(fit.cell());
        double[] want = system.parameters(truth);
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], 1e-9 * want[i], system + " " + system.parameterNames().get(i));
        }
        assertEquals(truth.volume(), fit.volume(), 1e-8 * truth.volume());
        assertTrue(fit.chi2() < 1e-10, "chi2 " + fit.chi2());
        assertEquals(peaks.size(), fit.peaks().size());
    }

    /**
     * With noise of σ = 0.003° the reported σ must match the scatter of the estimates over 150 replicas (within
     * 20 %, about 3 standard errors for 150 runs), and the mean χ²ν must be close to 1.
     */
    static Stream<Arguments> someSystems() {
        return systems().filter(a -> {
            Object sg = a.get()[2];
            return sg.equals("Fd-3m") || sg.equals("R-3m") || sg.equals("P21/c");
        });
    }

    @ParameterizedTest
    @MethodSource("someSystems")
    void sigmaMatchesScatter(CrystalSystem system, UnitCell truth, String spaceGroup) throws Exception {
        ReflectionConditions cond = ReflectionConditions.forSpaceGroup(spaceGroup);
        LatticeRefiner refiner = new LatticeRefiner(system, cond, CU, ShiftModel.of(ShiftTerm.ZERO),
                RefinementOptions.defaults().withTolerance(0.5).withUseAmbiguous(true));
        Random rnd = new Random(20261122L);
        int runs = 150;
        double sum = 0;
        double sumSq = 0;
        double sigmaSum = 0;
        double chiSum = 0;
        double[] exact = SyntheticPeaks.positions(truth, system, cond, CU, 15, 60, ShiftModel.of(ShiftTerm.ZERO),
                new double[] {0.02});
        for (int s = 0; s < runs; s++) {
            List<ObservedReflection> peaks = SyntheticPeaks.withNoise(exact, 0.003, rnd);
            LatticeFit fit = refiner.refine(peaks, truth);
            sum += fit.cell().a();
            sumSq += fit.cell().a() * fit.cell().a();
            sigmaSum += fit.cellSigma()[0];
            chiSum += fit.reducedChi2();
        }
        double mean = sum / runs;
        double sd = Math.sqrt((sumSq - runs * mean * mean) / (runs - 1));
        double meanSigma = sigmaSum / runs;
        assertEquals(truth.a(), mean, 4 * sd / Math.sqrt(runs), "mean a is unbiased");
        assertEquals(1.0, sd / meanSigma, 0.2, "scatter of a / reported σ");
        assertEquals(1.0, chiSum / runs, 0.15, "mean χ²ν");
    }

    static Stream<Arguments> shifts() {
        return Stream.of(
                Arguments.of("none", new double[0]),
                Arguments.of("zero", new double[] {-0.035}),
                Arguments.of("displacement", new double[] {2.5e-4}),
                Arguments.of("transparency", new double[] {1.5e-4}),
                Arguments.of("zero+displacement", new double[] {0.01, -3e-4}),
                Arguments.of("displacement+transparency", new double[] {2.5e-4, 1.5e-4}),
                Arguments.of("zero+displacement+transparency", new double[] {0.01, 2.5e-4, 1.5e-4}));
    }

    @ParameterizedTest
    @MethodSource("shifts")
    void recoversEachShiftModel(String name, double[] values) throws Exception {
        ShiftModel shift = ShiftModel.parse(name);
        assertEquals(name, shift.toString());
        UnitCell truth = UnitCell.hexagonal(2.66917, 4.92434);
        ReflectionConditions cond = ReflectionConditions.forSpaceGroup("P63/mmc");
        List<ObservedReflection> peaks = SyntheticPeaks.of(truth, CrystalSystem.HEXAGONAL, cond, CU, 20, 150,
                shift, values, 0.002, null);
        LatticeFit fit = new LatticeRefiner(CrystalSystem.HEXAGONAL, cond, CU, shift, RefinementOptions.defaults())
                .refine(peaks, UnitCell.hexagonal(2.665, 4.93));
        assertEquals(truth.a(), fit.cell().a(), 1e-8);
        assertEquals(truth.c(), fit.cell().c(), 1e-8);
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], fit.shiftValues()[i], 1e-8 * Math.max(1, Math.abs(values[i]) * 1e4), name);
        }
    }

    /**
     * Peaks shifted by a specimen displacement of s/R = 1.5e-3 (0.3 mm on a 200 mm goniometer): a zero offset
     * absorbs most of the shift but leaves a biased a and a worse χ²ν; the displacement model removes the bias.
     */
    @Test
    void unmodelledDisplacementBiasesTheCell() throws Exception {
        UnitCell truth = UnitCell.cubic(4.15692);
        ReflectionConditions cond = ReflectionConditions.of(Centring.P);
        ShiftModel disp = ShiftModel.of(ShiftTerm.DISPLACEMENT);
        List<ObservedReflection> peaks = SyntheticPeaks.of(truth, CrystalSystem.CUBIC, cond, CU, 20, 125, disp,
                new double[] {1.5e-3}, 0.001, new Random(7));
        LatticeFit zero = new LatticeRefiner(CrystalSystem.CUBIC, cond, CU, ShiftModel.of(ShiftTerm.ZERO),
                RefinementOptions.defaults()).refine(peaks, truth);
        LatticeFit right = new LatticeRefiner(CrystalSystem.CUBIC, cond, CU, disp, RefinementOptions.defaults())
                .refine(peaks, truth);
        String both = "zero-only " + zero.cell().a() + "(" + zero.cellSigma()[0] + ") chi2r " + zero.reducedChi2()
                + "; displacement " + right.cell().a() + "(" + right.cellSigma()[0] + ") chi2r " + right.reducedChi2();
        assertTrue(Math.abs(right.cell().a() - truth.a()) < 3 * right.cellSigma()[0], both);
        assertTrue(Math.abs(zero.cell().a() - truth.a()) > 10 * zero.cellSigma()[0], both);
        assertTrue(zero.reducedChi2() > 1.5 * right.reducedChi2(), both);
    }

    @Test
    void warnsWhenTheRangeCannotSeparateShiftFromCell() throws Exception {
        UnitCell truth = UnitCell.cubic(4.15692);
        ReflectionConditions cond = ReflectionConditions.of(Centring.P);
        ShiftModel both = ShiftModel.parse("zero+displacement");
        List<ObservedReflection> narrow = SyntheticPeaks.of(truth, CrystalSystem.CUBIC, cond, CU, 20, 70, both,
                new double[] {0.01, 2e-4}, 0.002, new Random(3));
        LatticeFit fit = new LatticeRefiner(CrystalSystem.CUBIC, cond, CU, both, RefinementOptions.defaults())
                .refine(narrow, truth);
        assertTrue(fit.warnings().stream().anyMatch(w -> w.contains("cannot separate")), fit.warnings().toString());
        assertTrue(Math.abs(fit.correlation()[1][2]) > 0.95);

        List<ObservedReflection> wide = SyntheticPeaks.of(truth, CrystalSystem.CUBIC, cond, CU, 20, 150,
                ShiftModel.of(ShiftTerm.DISPLACEMENT), new double[] {2e-4}, 0.002, new Random(3));
        LatticeFit ok = new LatticeRefiner(CrystalSystem.CUBIC, cond, CU, ShiftModel.of(ShiftTerm.DISPLACEMENT),
                RefinementOptions.defaults()).refine(wide, truth);
        assertFalse(ok.warnings().stream().anyMatch(w -> w.contains("cannot separate")), ok.warnings().toString());
    }

    @Test
    void flagsAndOptionallyDropsOutliers() throws Exception {
        UnitCell truth = UnitCell.cubic(4.15692);
        ReflectionConditions cond = ReflectionConditions.of(Centring.P);
        List<ObservedReflection> peaks = new ArrayList<>(SyntheticPeaks.of(truth, CrystalSystem.CUBIC, cond, CU, 20,
                140, ShiftModel.NONE, new double[0], 0.002, new Random(11)));
        ObservedReflection bad = peaks.get(5);
        peaks.set(5, new ObservedReflection(bad.twoThetaDeg() + 0.04, bad.sigmaDeg()));
        RefinementOptions opts = RefinementOptions.defaults();
        LatticeFit kept = new LatticeRefiner(CrystalSystem.CUBIC, cond, CU, ShiftModel.NONE, opts).refine(peaks, truth);
        assertEquals(1, kept.outliers().size());
        assertEquals(peaks.get(5).twoThetaDeg(), kept.outliers().get(0).twoThetaObsDeg());
        assertTrue(kept.warnings().stream().anyMatch(w -> w.contains("outlier")));

        LatticeFit dropped = new LatticeRefiner(CrystalSystem.CUBIC, cond, CU, ShiftModel.NONE,
                opts.withDropOutliers(true)).refine(peaks, truth);
        assertEquals(peaks.size() - 1, dropped.peaksUsed());
        assertFalse(dropped.peaks().stream().filter(p -> p.outlier()).findFirst().orElseThrow().used());
        assertTrue(Math.abs(dropped.cell().a() - truth.a()) < 3 * dropped.cellSigma()[0]);
        assertTrue(dropped.reducedChi2() < kept.reducedChi2() / 5);
    }

    @Test
    void tooFewPeaksIsAClearError() {
        ReflectionConditions cond = ReflectionConditions.of(Centring.P);
        List<ObservedReflection> two = List.of(new ObservedReflection(21.36, 0.002), new ObservedReflection(30.38, 0.002));
        LatticeRefiner refiner = new LatticeRefiner(CrystalSystem.CUBIC, cond, CU,
                ShiftModel.parse("zero+displacement"), RefinementOptions.defaults());
        LatticeException e = assertThrows(LatticeException.class, () -> refiner.refine(two, UnitCell.cubic(4.157)));
        assertTrue(e.getMessage().contains("only 2 usable indexed peaks for 3 parameters"), e.getMessage());
        LatticeException none = assertThrows(LatticeException.class,
                () -> refiner.refine(List.of(new ObservedReflection(95.0, 0.01)), UnitCell.cubic(4.157)));
        assertTrue(none.getMessage().contains("unindexed"), none.getMessage());
    }

    @Test
    void indexingFlagsAmbiguousPeaks() {
        // Tetragonal cell with c close to 2a: 1 0 2 and 1 1 0 lie 0.03° apart at Cu Kα.
        UnitCell cell = UnitCell.tetragonal(4.0, 8.02);
        ReflectionConditions cond = ReflectionConditions.of(Centring.P);
        LatticeRefiner refiner = new LatticeRefiner(CrystalSystem.TETRAGONAL, cond, CU, ShiftModel.NONE,
                RefinementOptions.defaults().withTolerance(0.05));
        double tt110 = Bragg.twoThetaDeg(cell.dSpacing(new Hkl(1, 1, 0)), CU).orElseThrow();
        double tt102 = Bragg.twoThetaDeg(cell.dSpacing(new Hkl(1, 0, 2)), CU).orElseThrow();
        assertTrue(Math.abs(tt110 - tt102) < 0.05);
        double tt001 = Bragg.twoThetaDeg(cell.dSpacing(new Hkl(0, 0, 1)), CU).orElseThrow();
        Indexing ix = refiner.index(List.of(new ObservedReflection(tt110, 0.002), new ObservedReflection(tt001, 0.002),
                new ObservedReflection(tt001 + 1.0, 0.002)), cell, new double[0]);
        assertEquals(2, ix.indexed().size());
        assertTrue(ix.indexed().get(0).ambiguous());
        assertEquals("1 1 0", ix.indexed().get(0).reflection().hkl().toString());
        assertEquals("1 0 2", ix.indexed().get(0).alternatives().get(0).hkl().toString());
        assertFalse(ix.indexed().get(1).ambiguous());
        assertEquals(1, ix.unindexed().size());
        assertEquals(1, ix.unambiguous().size());
    }
}
