package org.defencetracker.act;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "act_relation")
class ActRelation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    Long id() {
        return id;
    }

    LegalAct from() {
        return from;
    }

    LegalAct to() {
        return to;
    }

    RelationType type() {
        return type;
    }
}
