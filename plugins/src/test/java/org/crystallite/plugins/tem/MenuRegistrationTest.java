package org.crystallite.plugins.tem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ij.plugin.PlugIn;
import ij.plugin.filter.PlugInFilter;

/** plugins.config is what Fiji reads to build the menus: every line must name a loadable command. */
class MenuRegistrationTest {

    @Test
    void everyEntryIsAPluginUnderTheDocumentedMenus() throws ClassNotFoundException {
        List<HeadlessImageJ.MenuEntry> entries = HeadlessImageJ.menuEntries();
        assertTrue(entries.stream().anyMatch(e -> e.menuPath().equals("File>Import") && e.label().equals("Crystallite...")),
                "File>Import>Crystallite... is registered");
        assertTrue(entries.stream().anyMatch(e -> e.label().equals(BraggFilterCommand.TITLE)
                && e.className().equals(BraggFilterCommand.class.getName())), "Bragg Filter (IFFT) is registered");
        Set<String> labels = new HashSet<>();
        for (HeadlessImageJ.MenuEntry e : entries) {
            assertTrue(labels.add(e.label()), "ImageJ menu labels are global and must be unique: " + e.label());
            assertTrue(e.menuPath().equals("File>Import") || e.menuPath().startsWith("Plugins>Crystallite>TEM"),
                    "menu path " + e.menuPath());
            Class<?> type = Class.forName(e.className());
            assertTrue(PlugIn.class.isAssignableFrom(type) || PlugInFilter.class.isAssignableFrom(type),
                    e.className() + " is an ImageJ plugin");
        }
        assertEquals(labels.size(), entries.size());
    }
}
