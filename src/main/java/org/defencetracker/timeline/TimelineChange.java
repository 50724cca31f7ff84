package org.defencetracker.timeline;

import java.time.Instant;

/** An entry with the moment it was last written: recorded, or changed since. */
public record TimelineChange(TimelineEntry entry, Instant updatedAt) {}
