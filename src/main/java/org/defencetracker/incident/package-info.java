/** Airspace incidents (drone incursions, violations, debris, shoot-downs) and their attribution from statements. */
@org.springframework.modulith.ApplicationModule(displayName = "Airspace incidents")
package org.defencetracker.incident;
