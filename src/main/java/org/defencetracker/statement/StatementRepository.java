package org.defencetracker.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, Long> {

    @Query("select s from Statement s order by s.id")
    List<Statement> findEveryById();

    @Query(
            "select s from Statement s where s.incidentId = :incidentId and s.archivedAt is null order by s.date.on, s.id")
    List<Statement> findAboutIncident(long incidentId);

    @Query(
            "select s from Statement s where s.incidentId in :incidentIds and s.archivedAt is null order by s.date.on, s.id")
    List<Statement> findAboutIncidents(java.util.Collection<Long> incidentIds);

    @Query("select s from Statement s where s.actId = :actId and s.archivedAt is null order by s.date.on, s.id")
    List<Statement> findAboutAct(long actId);

    @Query("select s from Statement s where :sourceId member of s.sourceIds and s.archivedAt is null order by s.id")
    List<Statement> findCiting(long sourceId);

    @Query("select s from Statement s where s.incidentId = :incidentId and s.archivedAt is not null order by s.id")
    List<Statement> findArchivedAboutIncident(long incidentId);

    @Query("select s from Statement s where s.actId = :actId and s.archivedAt is not null order by s.id")
    List<Statement> findArchivedAboutAct(long actId);
}
