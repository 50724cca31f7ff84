package org.defencetracker.body;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MandateRepository extends JpaRepository<Mandate, Long> {

    @Query("""
            select m from Mandate m where m.body.id = :bodyId and m.change = GRANTED
              and m.validFrom <= :date and (m.validTo is null or m.validTo >= :date)
            order by m.validFrom, m.id
            """)
    List<Mandate> findValidOn(long bodyId, LocalDate date);

    @Query("select m from Mandate m where m.body.id = :bodyId order by m.validFrom, m.id")
    List<Mandate> findByBody(long bodyId);

    @Query("select m from Mandate m where m.body.id = :bodyId order by m.validFrom desc, m.id desc")
    List<Mandate> findLatestByBody(long bodyId, org.springframework.data.domain.Limit limit);

    /** The duties granted to the bodies in the lists, by body as the lists order them, then by date. */
    @Query("""
            select m from Mandate m join m.body b where m.change = GRANTED and b.archivedAt is null
            order by b.country, b.name.en, b.id, m.validFrom, m.id
            """)
    List<Mandate> findGrants();

    /** The duties granted to the bodies in the lists among {@code ids}. */
    @Query("""
            select m from Mandate m join m.body b where m.change = GRANTED and b.archivedAt is null and m.id in :ids
            """)
    List<Mandate> findGrants(java.util.Collection<Long> ids);

    /**
     * The newest granted duties no act has withdrawn yet whose duty or body's English name holds {@code pattern} (a
     * lower-case LIKE pattern; "%" for all).
     */
    @Query("""
            select m from Mandate m join m.body b where m.change = GRANTED and b.archivedAt is null
              and not exists (select w.id from Mandate w where w.withdrawsId = m.id)
              and (lower(m.duty) like :pattern escape '\\' or lower(b.name.en) like :pattern escape '\\')
            order by m.id desc
            """)
    List<Mandate> findWithdrawableGrants(String pattern, org.springframework.data.domain.Limit limit);

    @Query("select m from Mandate m join fetch m.body order by m.actId, m.id")
    List<Mandate> findEveryByAct();

    @Query("select m from Mandate m join fetch m.body where m.actId = :actId order by m.body.id, m.validFrom, m.id")
    List<Mandate> findByAct(long actId);

    @Query("""
            select m from Mandate m where m.body.id = :bodyId and m.actId = :actId and m.change = :change
              and m.validFrom = :validFrom order by m.id
            """)
    List<Mandate> findGroup(long bodyId, long actId, MandateChange change, LocalDate validFrom);

    /** The withdrawals that closed these grants. */
    @Query("select m from Mandate m where m.withdrawsId in :grantIds")
    List<Mandate> findWithdrawalsOf(java.util.Collection<Long> grantIds);
}
