package org.defencetracker.act;

/**
 * A relation seen from one act: {@code outgoing} when this act amends/implements/repeals the {@code other} one.
 */
public record ActRelationView(RelationType type, boolean outgoing, ActView other, long id) {

    public long otherActId() {
        return other.id();
    }

    /** The other act's English label ("Law No. 5, 2025"); pages name it in the reader's language. */
    public String otherLabel() {
        return other.label();
    }

    public String otherTitle() {
        return other.titleEn();
    }
}
