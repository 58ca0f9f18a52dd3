package org.crystallite.tem.io;

import java.io.IOException;
import java.nio.file.Path;

import io.jhdf.HdfFile;
import io.jhdf.Superblock;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Reads images from the HDF5-based TEM formats through the pure-Java jhdf library: Thermo Fisher
 * Velox EMD, Berkeley EMD and HyperSpy ({@code .hspy}/{@code .hdf5}). The flavour is recognised from
 * the file's structure, not its extension.
 */
public final class Hdf5ImageReader implements ImageFileReader {

    /** HDF5 format signature (HDF5 File Format Specification, "Format Signature"). */
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    @Override
    public String formatName() {
        return "HDF5 (Velox EMD, Berkeley EMD, HyperSpy)";
    }

    @Override
    public boolean canRead(String fileName, byte[] head) {
        // the signature sits at byte 0, or at 512, 1024, 2048 … after a user block
        for (int at = 0; at + SIGNATURE.length <= head.length; at = at == 0 ? 512 : at * 2) {
            if (matches(head, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The superblock records the end-of-file address; a shorter file has lost data. jhdf maps the file
     * into memory and would otherwise return whatever lies past the end, so this is checked first.
     */
    private static void checkComplete(String name, HdfFile hdf, long actualSize) throws DataFormatException {
        Superblock superblock = hdf.getHdfBackingStorage().getSuperblock();
        long expected = superblock.getBaseAddressByte() + superblock.getEndOfFileAddress();
        if (actualSize < expected) {
            throw new DataFormatException(name + ": HDF5 superblock says the file ends at byte " + expected
                    + ", but it has only " + actualSize + " bytes (truncated)");
        }
    }

    private static boolean matches(byte[] head, int at) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (head[at + i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public CalibratedImage read(Path file) throws IOException {
        String name = file.getFileName().toString();
        ReaderSupport.checkReadable(file);
        byte[] head = ReaderSupport.head(file, 4096);
        if (!canRead(name, head)) {
            throw new DataFormatException(name + ", byte offset 0: expected the HDF5 signature \\x89HDF\\r\\n\\x1a\\n "
                    + "(Velox/Berkeley EMD, HyperSpy), not found (not an HDF5 file)");
        }
        try (HdfFile hdf = new HdfFile(file)) {
            checkComplete(name, hdf, java.nio.file.Files.size(file));
            if (VeloxEmdReader.recognises(hdf)) {
                return VeloxEmdReader.read(name, hdf);
            }
            if (BerkeleyEmdReader.recognises(hdf)) {
                return BerkeleyEmdReader.read(name, hdf);
            }
            if (HyperSpyReader.recognises(hdf)) {
                return HyperSpyReader.read(name, hdf);
            }
            throw new DataFormatException(name + ": HDF5 file is neither a Velox EMD (/Data/Image), a Berkeley EMD"
                    + " (group with emd_group_type = 1) nor a HyperSpy file (/Experiments)");
        } catch (DataFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // jhdf signals corrupt or truncated structures with assorted runtime exceptions
            throw new DataFormatException(name + ": HDF5 structure is corrupt or truncated (" + e + ")", e);
        }
    }
}
