package org.defencetracker.act;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.defencetracker.shared.ChildRow;

@Entity
class ActRelation extends ChildRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_act_id")
    private LegalAct from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_act_id")
    private LegalAct to;

    @Enumerated(EnumType.STRING)
    private RelationType type;

    protected ActRelation() {}

    ActRelation(LegalAct from, LegalAct to, RelationType type) {
        if (from.id().equals(to.id())) {
            throw new IllegalArgumentException("an act cannot relate to itself");
        }
        this.from = from;
        this.to = to;
        this.type = type;
    }

    /** Whether this is the relation of {@code type} from the one act to the other. */
    boolean joins(long fromActId, RelationType type, long toActId) {
        return from.id() == fromActId && to.id() == toActId && this.type == type;
    }

    /** The relation as the page of act {@code actId} shows it: outgoing when that act is the one that relates. */
    ActRelationView viewFrom(long actId, LocalDate today) {
        boolean outgoing = from.id() == actId;
        LegalAct other = outgoing ? to : from;
        return new ActRelationView(type, outgoing, other.view(today), id());
    }
}
