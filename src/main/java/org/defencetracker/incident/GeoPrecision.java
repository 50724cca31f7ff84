package org.defencetracker.incident;

/** How well the place is known: exact coordinates, a settlement, only the region, only the country. */
public enum GeoPrecision {
    EXACT,
    SETTLEMENT,
    REGION,
    COUNTRY,
    UNKNOWN
}
