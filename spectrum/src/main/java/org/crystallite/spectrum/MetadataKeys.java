package org.crystallite.spectrum;

/** Well-known metadata keys shared by readers and analyses (values are strings; numbers in SI-free design units). */
public final class MetadataKeys {
    /** File (and block/scan) the data were read from. */
    public static final String SOURCE = "source";
    /** Block, scan or region name inside a multi-block file. */
    public static final String BLOCK = "block";
    /** Primary wavelength in Å (XRD). */
    public static final String WAVELENGTH_ANGSTROM = "wavelengthAngstrom";
    /** Second wavelength (Kα2) in Å, when the radiation is a doublet. */
    public static final String WAVELENGTH2_ANGSTROM = "wavelength2Angstrom";
    /** Intensity ratio Kα2/Kα1. */
    public static final String WAVELENGTH_RATIO = "wavelengthRatio";
    /** Excitation (source) photon energy in eV (XPS). */
    public static final String SOURCE_ENERGY_EV = "sourceEnergyEv";
    /** Edge energy E0 in eV (XAS). */
    public static final String EDGE_ENERGY_EV = "edgeEnergyEv";
    public static final String PASS_ENERGY_EV = "passEnergyEv";
    public static final String DWELL_S = "dwellSeconds";
    public static final String SCANS = "scans";
    public static final String SAMPLE = "sample";
    public static final String TIME = "time";
    public static final String VOLTAGE_V = "voltageV";
    public static final String STATE_OF_CHARGE = "stateOfCharge";

    private MetadataKeys() {
    }
}
