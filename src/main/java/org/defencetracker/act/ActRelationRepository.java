package org.defencetracker.act;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActRelationRepository extends JpaRepository<ActRelation, Long> {

    @Query("select r from ActRelation r join fetch r.from join fetch r.to where r.from.id = :actId or r.to.id = :actId")
    List<ActRelation> findInvolving(long actId);
}
