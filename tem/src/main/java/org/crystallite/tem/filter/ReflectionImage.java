package org.crystallite.tem.filter;

import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.PixelType;

/**
 * The complex image H_g(r) of one reflection (its mask at +g only, no Friedel mate), split into
 * amplitude |H_g| and phase P_g = arg(H_g) − 2π g·r. The reference lattice exp(2πi g·r) is removed as
 * in geometric phase analysis (Hÿtch, Snoeck &amp; Kilaas 1998), so a perfect lattice of exactly g
 * has a flat phase and a displacement u shows as P_g = −2π g·u. r = (x·pixelSizeX, y·pixelSizeY) is
 * measured from the centre of pixel (0, 0).
 *
 * <p>The amplitude is large where the lattice that gives this reflection is present and near zero
 * elsewhere: the amplitude of a phase-specific reflection is already a phase map.
 *
 * @param mask       the mask used, centred at g
 * @param amplitude  |H_g|, same size, pixel size, units and origin as the input
 * @param phaseRad   P_g in radians, wrapped to (−π, π]
 */
public record ReflectionImage(BraggMask mask, CalibratedImage amplitude, CalibratedImage phaseRad) {

    /** Metadata key naming the Fourier filter an image came from. */
    public static final String FILTER_KEY = "filter";

    /** A 32-bit image with the input's size, calibration and metadata, plus {@value #FILTER_KEY} = {@code what}. */
    static CalibratedImage like(CalibratedImage input, float[] values, String what) {
        CalibratedImage.Builder b = CalibratedImage.builder(input.sourceFile(), input.width(), input.height(), values,
                        PixelType.FLOAT32)
                .pixelSize(input.pixelSizeX(), input.pixelSizeY(), input.unitX(), input.unitY())
                .origin(input.originX(), input.originY());
        input.metadata().forEach(b::metadata);
        return b.metadata(FILTER_KEY, what).build();
    }
}
