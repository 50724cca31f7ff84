package org.defencetracker.incident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<AirspaceIncident, Long> {

    @Query("select i from AirspaceIncident i order by i.date.on desc, i.id desc limit 500")
    List<AirspaceIncident> findNewest();

    @Query("select i from AirspaceIncident i where :sourceId member of i.sourceIds order by i.id")
    List<AirspaceIncident> findCiting(long sourceId);
}
