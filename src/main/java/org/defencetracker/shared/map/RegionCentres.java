package org.defencetracker.shared.map;

import java.util.List;

/** The regions drawn on the map as reference points; the incidents module, which owns the regions, provides them. */
public interface RegionCentres {

    List<RegionCentre> centres();
}
