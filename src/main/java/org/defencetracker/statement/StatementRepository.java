package org.defencetracker.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, Long> {

    @Query("select s from Statement s where s.incidentId = :incidentId order by s.date.on, s.id")
    List<Statement> findAboutIncident(long incidentId);

    @Query("select s from Statement s where s.actId = :actId order by s.date.on, s.id")
    List<Statement> findAboutAct(long actId);

    @Query("select s from Statement s where :sourceId member of s.sourceIds order by s.id")
    List<Statement> findCiting(long sourceId);
}
