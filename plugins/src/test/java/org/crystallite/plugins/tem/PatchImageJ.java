package org.crystallite.plugins.tem;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import net.imagej.patcher.LegacyInjector;

/**
 * Patches ImageJ 1.x for headless use before any {@code ij.*} class is loaded (design guide §7):
 * afterwards {@code IJ.run}, {@code GenericDialog} with macro options and {@code IJ.runMacroFile}
 * work without a display. Registered in {@code META-INF/services}.
 */
public final class PatchImageJ implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        LegacyInjector.preinit();
    }
}
