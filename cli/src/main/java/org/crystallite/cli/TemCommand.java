package org.crystallite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crystallite tem <action>}: TEM/STEM image analyses. */
@Command(name = "tem", mixinStandardHelpOptions = true,
        description = "TEM/STEM image analysis: FFT lattice spacings, calibration from a known lattice, Bragg filtering, "
                + "radial profiles and SAED rings.",
        subcommands = {TemFftCommand.class, TemCalibrateCommand.class, TemIfftCommand.class, TemRadialCommand.class})
final class TemCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a tem action is required (fft, calibrate, ifft, radial)");
    }
}
