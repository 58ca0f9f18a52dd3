package org.crystallite.xrd.peaks;

import java.util.List;

import org.crystallite.xrd.radiation.Radiation;

/**
 * The result of {@link XrdPeakFitter}: peaks sorted by 2θ, the windows they were fitted in, the
 * radiation used and warnings (fits that failed, peaks dropped).
 */
public record PeakList(List<XrdPeak> peaks, List<PeakWindow> windows, Radiation radiation, PeakProfile profile,
                       List<String> warnings) {

    public PeakList {
        peaks = List.copyOf(peaks);
        windows = List.copyOf(windows);
        warnings = List.copyOf(warnings);
    }
}
