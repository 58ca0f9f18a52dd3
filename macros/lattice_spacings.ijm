// Crystallite: lattice spacings of every TEM image in a folder, one CSV row per image.
// Needs the Crystallite_TEM_ jar in Fiji.app/plugins (see docs/fiji.md).
//
// Interactive: Plugins > Macros > Run..., then choose the folder; the table is written to
// <folder>/lattice_spacings.csv.
// Batch or headless, arguments as key=value, paths with spaces in [brackets]:
//   fiji --headless -macro lattice_spacings.ijm "input=[/data/images] output=[/data/spacings.csv]"
// Optional arguments:
//   snr=25                       minimum spot signal-to-noise ratio
//   calibration=[/path/calib.json]  pixel-grid correction saved by "Calibrate From Lattice"
//   pixel_nm=0.0093              pixel size for images whose file gives no length unit
// Columns: Image, d1 (nm), d1 SE (nm), d2 (nm), d2 SE (nm), Angle (deg), ... (docs/fiji.md).
// Returns the number of images measured.

arguments = getArgument();
input = argumentValue(arguments, "input", "");
output = argumentValue(arguments, "output", "");
snr = argumentValue(arguments, "snr", "25");
calibration = argumentValue(arguments, "calibration", "");
pixelNm = argumentValue(arguments, "pixel_nm", "");

if (input == "")
    input = getDirectory("Folder of TEM images");
if (!endsWith(input, "/") && !endsWith(input, File.separator))
    input = input + File.separator;
if (output == "")
    output = input + "lattice_spacings.csv";

options = "window=Hann minimum_snr=" + snr + " refinement=[Hann ratio] maximum_spots=60 display";
if (calibration != "")
    options = options + " calibration=[" + calibration + "]";

setBatchMode(true);
run("Clear Results");
files = getFileList(input);
measured = 0;
for (i = 0; i < files.length; i++) {
    if (!isTemImage(files[i]))
        continue;
    run("Crystallite...", "open=[" + input + files[i] + "]");
    getPixelSize(unit, pixelWidth, pixelHeight);
    if (pixelNm != "" && (unit == "pixel" || unit == "pixels" || unit == ""))
        run("Set Scale...", "distance=1 known=" + pixelNm + " unit=nm");
    run("Measure Lattice Spacings", options);
    close("*");
    measured++;
}
saveAs("Results", output);
return "" + measured;

// Formats the Crystallite importer reads (File > Import > Crystallite...).
function isTemImage(name) {
    name = toLowerCase(name);
    extensions = newArray(".dm3", ".dm4", ".ser", ".emd", ".hspy", ".hdf5", ".h5", ".mrc", ".tif", ".tiff");
    for (e = 0; e < extensions.length; e++) {
        if (endsWith(name, extensions[e]))
            return true;
    }
    return false;
}

// The value of key=value or key=[value with spaces] in text, or fallback when the key is absent.
function argumentValue(text, key, fallback) {
    text = " " + text;
    start = indexOf(text, " " + key + "=");
    if (start < 0)
        return fallback;
    start = start + lengthOf(key) + 2;
    if (substring(text, start, start + 1) == "[") {
        end = indexOf(text, "]", start);
        if (end < 0)
            exit("Missing ] after " + key + "=[ in the macro arguments: " + text);
        return substring(text, start + 1, end);
    }
    end = indexOf(text, " ", start);
    if (end < 0)
        end = lengthOf(text);
    return substring(text, start, end);
}
