package org.defencetracker.shared.map;

import java.util.List;
import java.util.Locale;

/** The regions drawn on the map as reference points; the incidents module, which owns the regions, provides them. */
public interface RegionCentres {

    /** The centres, named in the reader's language. */
    List<RegionCentre> centres(Locale locale);
}
