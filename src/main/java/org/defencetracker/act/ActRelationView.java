package org.defencetracker.act;

/** A relation seen from one act: {@code outgoing} when this act amends/implements/repeals the other one. */
public record ActRelationView(
        RelationType type, boolean outgoing, long otherActId, String otherLabel, String otherTitle, long id) {}
