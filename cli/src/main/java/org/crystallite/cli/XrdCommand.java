package org.crystallite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crystallite xrd <action>}: powder diffraction analyses. */
@Command(name = "xrd", mixinStandardHelpOptions = true,
        description = "Powder X-ray diffraction: peak fitting, instrument profile, crystallite size and strain, lattice "
                + "parameters.",
        subcommands = {XrdPeaksCommand.class, XrdInstrumentCommand.class, XrdSizeCommand.class,
                XrdLatticeCommand.class})
final class XrdCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "an xrd action is required: peaks, instrument, size or lattice");
    }
}
