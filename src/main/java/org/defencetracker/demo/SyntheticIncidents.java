package org.defencetracker.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentTranslations;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.incident.RegionView;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceService;
import org.springframework.stereotype.Component;

/**
 * Generates synthetic incidents for load tests: clearly labelled as generated, cited to the generator itself,
 * dated 2000–2024 so that they never mix with the real case, with a realistic mix of date and place precision.
 * The same seed gives the same data.
 */
@Component
public class SyntheticIncidents {

    static final String PUBLISHER = "Defence Tracker test-data generator";
    private static final int BATCH = 10_000;
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST.toEpochDay());

    private final IncidentService incidents;
    private final SourceService sources;
    private final GenerationTransactions transactions;
    private final Clock clock;

    SyntheticIncidents(
            IncidentService incidents, SourceService sources, GenerationTransactions transactions, Clock clock) {
        this.incidents = incidents;
        this.sources = sources;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Adds {@code count} synthetic incidents in batches of their own transactions, through the incidents' bulk
     * path (JDBC batches, with their entries); answers how many were added.
     */
    public int generate(int count, long seed) {
        Random random = new Random(seed);
        long source = sources.create(new CreateSource(
                        PUBLISHER,
                        "Synthetic incidents for load testing (not real events)",
                        null,
                        FuzzyDate.exact(LocalDate.now(clock)),
                        "Generated data; never cite it."))
                .id();
        List<RegionView> regions = incidents.regions();
        // Two lanes side by side, one for the incidents of even years and one for odd years: their entries are
        // counted in different months, so neither waits for the other's counts. The first incident goes in alone,
        // so that the words of the incidents' search documents are on record before the lanes add them at once
        // (the second lane would wait for the first one's whole batch).
        try (Lanes lanes = new Lanes(2)) {
            int added = 0;
            List<List<RecordIncident>> open = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));
            for (int number = 1; number <= count; number++) {
                RecordIncident incident = incident(random, regions, source, number);
                int lane = incident.date().start().getYear() % 2;
                open.get(lane).add(incident);
                if (number == 1 || open.get(lane).size() == BATCH) {
                    write(lanes, lane, open.set(lane, new ArrayList<>()));
                }
                if (number == 1) {
                    added += lanes.await();
                }
            }
            for (int lane = 0; lane < 2; lane++) {
                if (!open.get(lane).isEmpty()) {
                    write(lanes, lane, open.get(lane));
                }
            }
            return added + lanes.await();
        }
    }

    private void write(Lanes lanes, int lane, List<RecordIncident> batch) {
        lanes.submit(lane, () -> transactions.execute(() -> incidents.recordNew(batch)));
    }

    private static RecordIncident incident(Random random, List<RegionView> regions, long source, int number) {
        LocalDate day = FIRST.plusDays(random.nextInt(DAYS + 1));
        int p = random.nextInt(100);
        DatePrecision precision = p < 70 ? DatePrecision.DAY : p < 90 ? DatePrecision.MONTH : DatePrecision.YEAR;
        FuzzyDate date = new FuzzyDate(day, precision, random.nextInt(100) < 15);
        IncidentKind kind = IncidentKind.values()[random.nextInt(IncidentKind.values().length)];
        int g = random.nextInt(100);
        GeoPrecision geo = g < 40
                ? GeoPrecision.EXACT
                : g < 60 ? GeoPrecision.SETTLEMENT : g < 90 ? GeoPrecision.REGION : GeoPrecision.COUNTRY;
        RegionView region = geo == GeoPrecision.COUNTRY ? null : regions.get(random.nextInt(regions.size()));
        BigDecimal latitude = null;
        BigDecimal longitude = null;
        if (geo == GeoPrecision.EXACT || geo == GeoPrecision.SETTLEMENT) {
            latitude = coordinate(region.centreLatitude() + (random.nextDouble() - 0.5) * 1.6);
            longitude = coordinate(region.centreLongitude() + (random.nextDouble() - 0.5) * 2.4);
        }
        return new RecordIncident(
                kind,
                "Synthetic incident " + number + " (generated test data)",
                date,
                "KZ",
                region == null ? null : region.code(),
                null,
                latitude,
                longitude,
                geo,
                1 + random.nextInt(5),
                null,
                IncidentResponse.values()[random.nextInt(IncidentResponse.values().length)],
                "Generated for load testing; not a real event.",
                List.of(source),
                IncidentTranslations.NONE);
    }

    private static BigDecimal coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }
}
