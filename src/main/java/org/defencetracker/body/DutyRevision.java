package org.defencetracker.body;

import java.time.LocalDate;

/** One duty row of an act's form: a grant to correct ({@code mandateId}) or a new one (no id). */
public record DutyRevision(Long mandateId, long bodyId, String duty, LocalDate validFrom, LocalDate validTo) {}
