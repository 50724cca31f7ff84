package org.defencetracker.incident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, String> {

    @Query("select r from Region r order by r.nameEn")
    List<Region> findAllByName();
}
