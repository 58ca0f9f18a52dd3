package org.crystallite.tem.io;

/**
 * Metadata keys that every reader fills in the same way when the file holds the information.
 * Format-specific entries keep their own names with a format prefix ({@code dm.}, {@code emi.},
 * {@code velox.}, {@code emd.}, {@code hyperspy.}, {@code mrc.}, {@code tiff.}).
 */
public final class ImageMetadataKeys {

    private ImageMetadataKeys() {
    }

    /** File format, e.g. {@code DM3}, {@code SER/EMI}, {@code Velox EMD}. */
    public static final String FORMAT = "format";
    /** Microscope name or model. */
    public static final String MICROSCOPE = "microscope";
    /** Accelerating voltage in kV (decimal number as text). */
    public static final String VOLTAGE_KV = "voltage_kV";
    /** Nominal (indicated) magnification, dimensionless. */
    public static final String MAGNIFICATION = "magnification";
    /** Camera length in m, for diffraction and STEM. */
    public static final String CAMERA_LENGTH_M = "cameraLength_m";
    /** Detector or camera name. */
    public static final String DETECTOR = "detector";
    /** Acquisition date/time as the file writes it. */
    public static final String ACQUISITION_TIME = "acquisitionTime";
    /** Operating mode (e.g. STEM, TEM bright field). */
    public static final String MODE = "mode";
    /** The calibration the file stated, kept when the user replaces it. */
    public static final String FILE_CALIBRATION = "fileCalibration";
}
