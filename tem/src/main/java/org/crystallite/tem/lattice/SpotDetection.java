package org.crystallite.tem.lattice;

import java.util.List;

/**
 * The spots found in a power spectrum.
 *
 * @param spots              accepted spots, ordered by |g| then angle; every spot's Friedel mate is in
 *                           the list
 * @param candidates         local maxima above the SNR threshold before the Friedel check
 * @param rejectedWithoutMate candidates rejected because no spot lay at −g
 * @param warnings           things the user should know (few spots, spots cut by the limit …)
 */
public record SpotDetection(List<Spot> spots, int candidates, int rejectedWithoutMate, List<String> warnings) {

    public SpotDetection {
        spots = List.copyOf(spots);
        warnings = List.copyOf(warnings);
    }
}
