package org.defencetracker.act;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActRepository extends JpaRepository<LegalAct, Long> {

    @Query("select a from LegalAct a where a.archivedAt is null order by a.id desc")
    List<LegalAct> findAllNewestFirst();

    @Query("select a from LegalAct a where a.updatedAt >= :since order by a.updatedAt, a.id")
    List<LegalAct> findChangedSince(java.time.Instant since);

    @Query("select a from LegalAct a where a.kind = :kind and a.archivedAt is null order by a.id desc")
    List<LegalAct> findByKind(ActKind kind);

    boolean existsByKindAndIssuingBodyIdAndOfficialNumber(ActKind kind, long issuingBodyId, String officialNumber);

    @Query("""
            select count(a) > 0 from LegalAct a where a.kind = :kind and a.issuingBodyId = :issuingBodyId
              and a.officialNumber = :officialNumber and a.id <> :self
            """)
    boolean existsOtherWithNumber(ActKind kind, long issuingBodyId, String officialNumber, long self);

    @Query("select a from LegalAct a where :sourceId member of a.sourceIds")
    List<LegalAct> findCiting(long sourceId);

    @Query("select a from LegalAct a order by a.id")
    List<LegalAct> findEveryById();

    @Query("select a from LegalAct a where a.archivedAt is not null order by a.id desc")
    List<LegalAct> findArchived(Limit limit);

    /** A page of the lists, newest first: the ids below {@code before}. */
    @Query("select a.id from LegalAct a where a.archivedAt is null and a.id < :before order by a.id desc")
    List<Long> findListedIds(long before, Limit limit);

    @Query("""
            select a.id from LegalAct a where a.archivedAt is null and a.kind = :kind and a.id < :before
            order by a.id desc
            """)
    List<Long> findListedIdsOfKind(ActKind kind, long before, Limit limit);

    @Query("""
            select a.id from LegalAct a where a.archivedAt is null and a.issuingBodyId = :bodyId and a.id < :before
            order by a.id desc
            """)
    List<Long> findIssuedIds(long bodyId, long before, Limit limit);

    /** Acts whose official number, or English title, is the text typed, whatever the case. */
    @Query("""
            select a.id from LegalAct a where a.archivedAt is null
              and (a.officialNumber = :text or lower(a.title.en) = lower(:text))
            order by a.id desc
            """)
    List<Long> findIdsNamed(String text, Limit limit);
}
