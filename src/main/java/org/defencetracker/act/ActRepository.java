package org.defencetracker.act;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActRepository extends JpaRepository<LegalAct, Long> {

    @Query("select a from LegalAct a order by a.id desc")
    List<LegalAct> findAllNewestFirst();

    @Query("select a from LegalAct a where a.kind = :kind order by a.id desc")
    List<LegalAct> findByKind(ActKind kind);

    @Query("select a from LegalAct a where a.issuingBodyId = :bodyId order by a.id desc")
    List<LegalAct> findByIssuingBody(long bodyId);

    boolean existsByKindAndIssuingBodyIdAndOfficialNumber(ActKind kind, long issuingBodyId, String officialNumber);
}
