package org.defencetracker.act;

import org.defencetracker.shared.FuzzyDate;

/** One step of an act's life; {@code bodyId} is the body that took it, where it is not the issuing body. */
public record StageView(long id, StageKind stage, FuzzyDate date, Long bodyId, String note) {}
