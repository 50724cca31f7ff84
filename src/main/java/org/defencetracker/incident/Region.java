package org.defencetracker.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.defencetracker.shared.LocalizedName;
import org.hibernate.annotations.Immutable;

/** An administrative region (reference data from the migrations). */
@Entity
@Immutable
class Region {

    @Id
    private String code;

    private String country;

    private String nameEn;

    private String nameRu;

    private String nameKk;

    private String centreEn;

    private String centreRu;

    private String centreKk;

    private BigDecimal centreLat;

    private BigDecimal centreLon;

    protected Region() {}

    RegionView view() {
        return new RegionView(
                code,
                country,
                nameEn,
                nameRu,
                nameKk,
                new LocalizedName(centreEn, centreRu, centreKk),
                centreLat.doubleValue(),
                centreLon.doubleValue());
    }
}
