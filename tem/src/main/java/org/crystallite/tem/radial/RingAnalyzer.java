package org.crystallite.tem.radial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.crystallite.tem.fft.PowerSpectrum;
import org.crystallite.tem.fft.Roi;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.LengthUnits;
import org.crystallite.tem.lattice.HklMatch;
import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.PhaseMatcher;

/**
 * Radial profile and ring analysis of a diffraction pattern or of a power spectrum.
 *
 * <p>Diffraction pattern: mask (beam stop below a threshold, or-ed with a user's mask, e.g. from
 * {@link MaskImageReader}) → start centre (given, or {@link CentreEstimator}; {@link CentreSearch} when a
 * mask leaves no rings or no refinement about that) →
 * first profile and rings ({@link RingFinder}) → centre and distortion refined on the strongest rings
 * ({@link EllipseRefiner}) → final profile in the corrected radius ({@link AzimuthalIntegrator}) →
 * rings with g, d and σ. Power spectrum: the centre is the zero frequency and there is no
 * distortion; the per-axis reciprocal pixel sizes 1/(W·px) and 1/(H·px) are honoured.
 *
 * <p>Immutable and thread-safe.
 */
public final class RingAnalyzer {

    /** The smallest pattern side worth a radial profile, pixels. */
    public static final int MIN_SIDE_PX = 16;

    private final RadialOptions options;

    public RingAnalyzer(RadialOptions options) {
        this.options = options;
    }

    public RingAnalyzer() {
        this(RadialOptions.defaults());
    }

    public RadialOptions options() {
        return options;
    }

    /**
     * The reciprocal calibration a file states (both axes in an inverse length unit), converted to
     * 1/nm per pixel; empty when the file has none.
     */
    public static Optional<PatternScale> fileScale(CalibratedImage image) {
        OptionalDouble fx = ReciprocalUnits.perNmPerUnit(image.unitX());
        OptionalDouble fy = ReciprocalUnits.perNmPerUnit(image.unitY());
        if (fx.isEmpty() || fy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PatternScale(image.pixelSizeX() * fx.getAsDouble(),
                image.pixelSizeY() * fy.getAsDouble(), PatternScale.PER_NM));
    }

    /**
     * The scale to analyse {@code image} as a diffraction pattern with: the camera calibration when
     * given, else the file's reciprocal calibration, else pixels when {@code allowPixels}.
     *
     * @throws IllegalArgumentException naming the file when the image is calibrated in a real-space
     *         length (it is an image, not a pattern) or has no reciprocal calibration and pixels are not allowed
     */
    public static PatternScale diffractionScale(CalibratedImage image, Optional<CameraCalibration> camera,
            boolean allowPixels) {
        if (camera.isPresent()) {
            return PatternScale.perNm(camera.get().perNmPerPixel());
        }
        Optional<PatternScale> file = fileScale(image);
        if (file.isPresent()) {
            return file.get();
        }
        if (allowPixels) {
            return PatternScale.pixels();
        }
        if (image.hasRealSpaceCalibration()) {
            throw new IllegalArgumentException(image.sourceFile() + ": pixel unit '" + image.unitX()
                    + "' is a real-space length, so this is an image, not a diffraction pattern; use the FFT mode, "
                    + "or give a camera calibration");
        }
        throw new IllegalArgumentException(image.sourceFile() + ": no reciprocal calibration (pixel unit '"
                + image.unitX() + "'); give a camera calibration made from a standard");
    }

    /**
     * Analyses a recorded diffraction pattern.
     *
     * @param image         the pattern
     * @param region        the part to analyse, or null for all of it
     * @param scale         pixel size and unit ({@link #diffractionScale})
     * @param scaleRelSigma relative σ of that scale (a camera calibration's), 0 for a file calibration
     * @param userMask      pixels to exclude, of the whole image's size (cropped to the region here), or null;
     *                      combined (either excludes) with the below-threshold mask of the options
     */
    public RingAnalysis diffraction(CalibratedImage image, Roi region, PatternScale scale, double scaleRelSigma,
            PixelMask userMask) {
        String file = image.sourceFile();
        if (image.width() < MIN_SIDE_PX || image.height() < MIN_SIDE_PX) {
            throw new IllegalArgumentException(file + ": " + image.width() + "×" + image.height()
                    + " pixels is too small for a radial profile (at least " + MIN_SIDE_PX + " per side)");
        }
        Roi roi = region == null ? Roi.whole(image.width(), image.height()) : region;
        roi.checkInside(image.width(), image.height(), file);
        int w = roi.width();
        int h = roi.height();
        float[] values = crop(image.pixels(), image.width(), roi);
        List<String> warnings = new ArrayList<>(image.warnings());
        if (LengthUnits.nmPerUnit(image.unitX()).isPresent() && !scale.calibrated()) {
            warnings.add("the file's real-space calibration (" + image.unitX() + ") is ignored: radii in px");
        }
        PixelMask mask = PixelMask.none(w, h);
        if (userMask != null) {
            if (userMask.width() != image.width() || userMask.height() != image.height()) {
                throw new IllegalArgumentException(file + ": the mask is " + userMask.width() + "×"
                        + userMask.height() + " but the image " + image.width() + "×" + image.height());
            }
            mask = mask.union(userMask.crop(roi.x(), roi.y(), w, h));
        }
        int userExcluded = mask.excludedCount();
        if (!Double.isNaN(options.maskBelow())) {
            mask = mask.union(PixelMask.below(values, w, h, options.maskBelow(), options.maskGrowPx()));
        }
        if (mask.excludedCount() > 0.95 * w * h) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: the masks leave only %d of %d pixels (%d excluded by the given mask, %d below the "
                            + "threshold); check the mask and the threshold", file, w * h - mask.excludedCount(), w * h,
                    userExcluded, mask.excludedCount() - userExcluded));
        }
        EllipseGeometry start;
        if (options.hasCentreGuess()) {
            start = EllipseGeometry.circle(options.centreGuessX() - roi.x(), options.centreGuessY() - roi.y());
        } else {
            double[] c = CentreEstimator.brightestRegion(values, w, h, mask)
                    .orElse(new double[] {(w - 1) / 2.0, (h - 1) / 2.0});
            start = EllipseGeometry.circle(c[0], c[1]);
        }
        double binWidth = options.binWidthPx() * scale.finest();
        double minRadius = options.minRadiusPx() * scale.finest();
        RingFinder finder = new RingFinder(options.minSnr());
        FirstPass pass = firstPass(values, w, h, scale, mask, start, finder);
        if (pass.failed() && !options.hasCentreGuess() && mask.excludedCount() > 0) {
            // A mask over part of the brightest region moves its centroid: start where the rings are sharpest.
            double[] c = CentreSearch.sharpest(values, w, h, mask, new double[] {start.centreX(), start.centreY()},
                    options.minRadiusPx());
            FirstPass searched = firstPass(values, w, h, scale, mask, EllipseGeometry.circle(c[0], c[1]), finder);
            if (!searched.failed()) {
                warnings.add(String.format(Locale.ROOT, "%s about the centroid of the brightest unmasked region "
                        + "(%.1f, %.1f); started from the centre of the sharpest profile (%.1f, %.1f) instead",
                        pass.rings().rings().isEmpty() ? "no rings" : "centre not refined", start.centreX() + roi.x(),
                        start.centreY() + roi.y(), c[0] + roi.x(), c[1] + roi.y()));
                pass = searched;
            }
        }
        if (pass.problem() != null) {
            warnings.add(pass.problem());
        }
        GeometryFit geometry = pass.geometry();
        RadialProfile first = pass.profile();
        RingFinder.Result firstRings = pass.rings();
        RadialProfile profile = geometry.refined() ? AzimuthalIntegrator.integrate(values, w, h, scale,
                geometry.geometry(), mask, binWidth, options.subdivision()) : first;
        RingFinder.Result rings = geometry.refined() ? finder.find(profile, minRadius, scale.x() * scale.y())
                : firstRings;
        warnings.addAll(rings.warnings());
        EllipseGeometry g = geometry.geometry();
        GeometryFit shifted = new GeometryFit(g.withCentre(g.centreX() + roi.x(), g.centreY() + roi.y()),
                geometry.centreXSigma(), geometry.centreYSigma(), geometry.ratioSigma(), geometry.angleDegSigma(),
                geometry.points(), geometry.rings(), geometry.rmsResidual(), geometry.refined());
        if (rings.rings().isEmpty()) {
            warnings.add(String.format(Locale.ROOT, "no rings found in the radial profile (none above SNR %.3g)",
                    options.minSnr()));
        }
        return new RingAnalysis(file, PatternMode.DIFFRACTION, roi, scale, scaleRelSigma, shifted, profile,
                rings.background(), rings(rings.rings(), scale, scaleRelSigma), mask.excludedCount(), warnings);
    }

    /**
     * The profile and rings about a start centre and the geometry refined from them.
     *
     * @param problem why the geometry was not refined, or null
     */
    private record FirstPass(RadialProfile profile, RingFinder.Result rings, GeometryFit geometry, String problem,
            boolean refineWanted) {

        /** No rings, or rings on which the centre could not be refined. */
        boolean failed() {
            return rings.rings().isEmpty() || (refineWanted && !geometry.refined());
        }
    }

    private FirstPass firstPass(float[] values, int w, int h, PatternScale scale, PixelMask mask,
            EllipseGeometry start, RingFinder finder) {
        RadialProfile profile = AzimuthalIntegrator.integrate(values, w, h, scale, start, mask,
                options.binWidthPx() * scale.finest(), options.subdivision());
        RingFinder.Result rings = finder.find(profile, options.minRadiusPx() * scale.finest(), scale.x() * scale.y());
        GeometryFit geometry = GeometryFit.fixed(start);
        String problem = null;
        if (!rings.rings().isEmpty() && options.refineCentre()) {
            try {
                geometry = new EllipseRefiner(options.fitEllipse()).refine(values, w, h, scale, mask, start,
                        seeds(rings.rings(), scale));
            } catch (IllegalStateException e) {
                problem = "centre not refined: " + e.getMessage();
            }
        }
        return new FirstPass(profile, rings, geometry, problem, options.refineCentre());
    }

    /** A camera calibration and the standard's pattern analysed with it. */
    public record CalibratedStandard(CameraCalibration camera, RingAnalysis analysis) {
    }

    /**
     * Calibrates the camera on a pattern of a known standard: analysed in pixels (or in the file's
     * reciprocal units, whose pixel radii are used), {@link CameraCalibrator} with the options' match
     * tolerance, then analysed again in 1/nm with the new calibration and indexed against the standard.
     *
     * @throws IllegalStateException naming the file when no rings or too few rings of the standard are found
     */
    public CalibratedStandard standard(CalibratedImage image, Roi region, Phase standard, PixelMask userMask) {
        PatternScale scale = diffractionScale(image, Optional.empty(), true);
        RingAnalysis first = diffraction(image, region, scale, 0, userMask);
        CameraCalibration camera = new CameraCalibrator(options.matchTolerance()).calibrate(first, standard);
        RingAnalysis calibrated = diffraction(image, region, PatternScale.perNm(camera.perNmPerPixel()),
                camera.relativeSigma(), userMask);
        return new CalibratedStandard(camera, index(calibrated, List.of(standard)));
    }

    /** Analyses the power spectrum of an image: centre at the zero frequency, per-axis reciprocal pixels. */
    public RingAnalysis powerSpectrum(PowerSpectrum spectrum) {
        int w = spectrum.width();
        int h = spectrum.height();
        PatternScale scale = new PatternScale(spectrum.reciprocalPixelX(), spectrum.reciprocalPixelY(),
                PatternScale.PER_NM);
        EllipseGeometry centre = EllipseGeometry.circle(spectrum.centerX(), spectrum.centerY());
        RadialProfile profile = AzimuthalIntegrator.integrate(spectrum.power(), w, h, scale, centre,
                PixelMask.none(w, h), options.binWidthPx() * scale.finest(), options.subdivision());
        RingFinder.Result found = new RingFinder(options.minSnr()).find(profile,
                Math.max(options.minRadiusPx(), 3) * Math.max(scale.x(), scale.y()), scale.x() * scale.y());
        List<String> warnings = new ArrayList<>(found.warnings());
        if (found.rings().isEmpty()) {
            warnings.add(String.format(Locale.ROOT, "no rings found in the radial profile (none above SNR %.3g)",
                    options.minSnr()));
        }
        return new RingAnalysis(spectrum.source(), PatternMode.FFT, spectrum.region(), scale, 0,
                GeometryFit.fixed(centre), profile, found.background(), rings(found.rings(), scale, 0), 0, warnings);
    }

    /** The rings with their best phase matches within the tolerance of the options. */
    public RingAnalysis index(RingAnalysis analysis, List<Phase> phases) {
        if (phases.isEmpty() || !analysis.calibrated()) {
            return analysis;
        }
        PhaseMatcher matcher = new PhaseMatcher(options.matchTolerance());
        List<Ring> out = new ArrayList<>();
        for (Ring r : analysis.rings()) {
            List<HklMatch> matches = new ArrayList<>();
            if (r.dNm() > 0 && Double.isFinite(r.dNm())) {
                for (Phase p : phases) {
                    matches.addAll(matcher.match(r.dNm(), p));
                }
            }
            matches.sort(Comparator.comparingDouble(m -> Math.abs(m.relativeError())));
            out.add(r.withMatches(matches));
        }
        return new RingAnalysis(analysis.source(), analysis.mode(), analysis.region(), analysis.scale(),
                analysis.scaleRelSigma(), analysis.geometry(), analysis.profile(), analysis.background(), out,
                analysis.maskedPixels(), analysis.warnings());
    }

    /**
     * The label of a matched family as crystallographers write a ring: the member with no negative
     * index when there is one (e.g. "222" rather than "22-2"), else the matcher's representative.
     */
    public static String familyLabel(HklMatch match) {
        int[] best = null;
        for (int[] h : match.hkl()) {
            if (h[0] >= 0 && h[1] >= 0 && h[2] >= 0 && (best == null || compare(h, best) > 0)) {
                best = h;
            }
        }
        if (best == null) {
            return match.label();
        }
        // "311" for one-digit indices; "10 2 0" once an index has two digits, so the label stays readable.
        boolean oneDigit = best[0] < 10 && best[1] < 10 && best[2] < 10;
        return oneDigit ? "" + best[0] + best[1] + best[2] : best[0] + " " + best[1] + " " + best[2];
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** The strongest rings, each with a search window reaching at most 45 % of the way to its neighbours. */
    private List<EllipseRefiner.RingSeed> seeds(List<RingPeak> rings, PatternScale scale) {
        List<RingPeak> strongest = new ArrayList<>(rings);
        strongest.sort(Comparator.comparingDouble(RingPeak::height).reversed());
        strongest = strongest.subList(0, Math.min(options.refineRings(), strongest.size()));
        List<EllipseRefiner.RingSeed> seeds = new ArrayList<>();
        for (RingPeak r : strongest) {
            double gap = Double.POSITIVE_INFINITY;
            for (RingPeak o : rings) {
                if (o != r) {
                    gap = Math.min(gap, Math.abs(o.radius() - r.radius()));
                }
            }
            gap = Math.min(gap, r.radius());
            double window = Math.min(0.45 * gap, Math.max(3 * r.fwhm(), 10 * scale.finest()));
            seeds.add(new EllipseRefiner.RingSeed(r.radius(), r.fwhm(), window));
        }
        return seeds;
    }

    private static List<Ring> rings(List<RingPeak> peaks, PatternScale scale, double scaleRelSigma) {
        List<Ring> out = new ArrayList<>();
        double perPx = scale.mean();
        for (RingPeak p : peaks) {
            double g = Double.NaN;
            double gSigma = Double.NaN;
            double d = Double.NaN;
            double dSigma = Double.NaN;
            if (scale.calibrated()) {
                g = p.radius();
                gSigma = Math.hypot(p.radiusSigma(), g * scaleRelSigma);
                d = 1 / g;
                dSigma = gSigma / (g * g);
            }
            out.add(new Ring(p.radius(), p.radiusSigma(), p.radius() / perPx, p.radiusSigma() / perPx, p.fwhm(),
                    p.height(), p.snr(), g, gSigma, d, dSigma, List.of()));
        }
        return out;
    }

    private static float[] crop(float[] pixels, int imageWidth, Roi roi) {
        if (roi.x() == 0 && roi.y() == 0 && roi.width() == imageWidth && roi.height() * imageWidth == pixels.length) {
            return pixels;
        }
        float[] out = new float[roi.width() * roi.height()];
        for (int y = 0; y < roi.height(); y++) {
            System.arraycopy(pixels, (roi.y() + y) * imageWidth + roi.x(), out, y * roi.width(), roi.width());
        }
        return out;
    }
}
