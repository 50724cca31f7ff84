package org.defencetracker.act;

import java.util.List;

/** A page of acts, newest first, and the cursor of the next page ({@code null} on the last). */
public record ActPage(List<ActView> acts, Long older) {}
