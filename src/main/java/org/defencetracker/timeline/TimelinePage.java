package org.defencetracker.timeline;

import java.util.List;

/**
 * A page of the timeline, newest first, with the cursors of the neighbouring pages (null where there is none).
 */
public record TimelinePage(List<TimelineEntry> entries, TimelineCursor newer, TimelineCursor older) {}
