package org.crystallite.plugins.tem;

/**
 * A reflection picked for the Bragg filter: its g in 1/nm (image axes, y down) and, when the spot
 * detector found it, its SNR (NaN for points and typed g-vectors).
 */
record ChosenSpot(double gx, double gy, double snr) {
}
