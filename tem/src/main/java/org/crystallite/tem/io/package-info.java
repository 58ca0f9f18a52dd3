/**
 * Calibrated TEM image readers. {@link org.crystallite.tem.io.ImageReaders#read(java.nio.file.Path)}
 * recognises the format from the file's first bytes and returns an immutable
 * {@link org.crystallite.tem.io.CalibratedImage}: float pixels (row-major, y down), the stored pixel
 * type, per-axis pixel size and unit exactly as the file states them (reciprocal units kept), metadata
 * and warnings. Formats: Gatan DM3/DM4, FEI TIA SER (+EMI), MRC2014, Thermo Fisher Velox EMD, Berkeley
 * EMD, HyperSpy HDF5, TIFF (through ImageJ 1.x, library use only) and JPEG/PNG/GIF/BMP.
 *
 * <p>All readers are clean-room implementations of the published format descriptions. Malformed,
 * truncated or mislabelled files give a
 * {@link org.crystallite.spectrum.io.DataFormatException} whose message starts with the file name.
 */
package org.crystallite.tem.io;
