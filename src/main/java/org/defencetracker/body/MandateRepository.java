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
