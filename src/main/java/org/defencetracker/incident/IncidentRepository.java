package org.defencetracker.incident;

import java.time.LocalDate;
import java.util.List;
import org.defencetracker.shared.DatePrecision;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<AirspaceIncident, Long> {

    @Query("select i from AirspaceIncident i where i.archivedAt is null order by i.date.on desc, i.id desc")
    List<AirspaceIncident> findNewest(org.springframework.data.domain.Limit limit);

    /** The page after a position of the newest-first order (date, then id), by keyset rather than by offset. */
    @Query("""
            select i from AirspaceIncident i where i.archivedAt is null
                and (i.date.on < :on or (i.date.on = :on and i.id < :id))
                order by i.date.on desc, i.id desc""")
    List<AirspaceIncident> findOlderThan(LocalDate on, long id, org.springframework.data.domain.Limit limit);

    List<AirspaceIncident> findByIdGreaterThanOrderById(long afterId, org.springframework.data.domain.Limit limit);

    @Query("select i from AirspaceIncident i where i.updatedAt >= :since order by i.updatedAt, i.id")
    List<AirspaceIncident> findChangedSince(java.time.Instant since);

    @Query(
            "select i from AirspaceIncident i where :sourceId member of i.sourceIds and i.archivedAt is null order by i.id")
    List<AirspaceIncident> findCiting(long sourceId);

    /** Incidents in the lists dated to the same period (start and precision) in the same region. */
    @Query("""
            select i from AirspaceIncident i where i.archivedAt is null and i.date.on = :on
                and i.date.precision = :precision and i.regionCode = :regionCode order by i.id""")
    List<AirspaceIncident> findSameDateInRegion(LocalDate on, DatePrecision precision, String regionCode);

    @Query("""
            select i from AirspaceIncident i where i.archivedAt is null and i.date.on = :on
                and i.date.precision = :precision and i.regionCode is null order by i.id""")
    List<AirspaceIncident> findSameDateWithoutRegion(LocalDate on, DatePrecision precision);

    /** Incidents in the lists that statements speak about: the only ones whose attribution is more than unknown. */
    @Query(value = """
                    select i.id from airspace_incident i where i.archived_at is null
                      and exists (select 1 from statement s where s.incident_id = i.id)
                    order by i.id
                    """, nativeQuery = true)
    List<Long> findListedWithStatements();
}
