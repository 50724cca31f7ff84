package org.defencetracker.incident;

import java.math.BigDecimal;
import java.util.List;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.SourceView;

/** An incident as pages show it, with the attribution that follows from its statements. */
public record IncidentView(
        long id,
        IncidentKind kind,
        String title,
        FuzzyDate date,
        String country,
        RegionView region,
        String place,
        BigDecimal latitude,
        BigDecimal longitude,
        GeoPrecision geoPrecision,
        Integer objectsCount,
        String objectsNote,
        IncidentResponse response,
        String description,
        Attribution attribution,
        List<SourceView> sources,
        long version,
        boolean archived) {}
