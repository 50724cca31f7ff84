package org.defencetracker.body;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BodyRepository extends JpaRepository<Body, Long> {

    @Query("select b from Body b where b.parent.id = :parentId and b.archivedAt is null order by b.name.en")
    List<Body> findChildren(long parentId);

    @Query("select b from Body b where b.archivedAt is null order by b.country, b.name.en")
    List<Body> findAllOrdered();

    @Query("select b from Body b where b.archivedAt is null order by b.country, b.name.en")
    List<Body> findAllOrdered(Limit limit);

    /** Bodies in the lists whose name in any language or abbreviation holds {@code pattern} (lower-case LIKE). */
    @Query("select b from Body b where b.archivedAt is null and (lower(b.name.en) like :pattern escape '\\'"
            + " or lower(b.name.ru) like :pattern escape '\\' or lower(b.name.kk) like :pattern escape '\\'"
            + " or lower(b.abbreviation) like :pattern escape '\\') order by b.country, b.name.en")
    List<Body> findListedMatching(String pattern, Limit limit);

    /** Bodies in the lists whose English name is {@code name} (lower case). */
    @Query("select b from Body b where b.archivedAt is null and lower(b.name.en) = :name order by b.id")
    List<Body> findListedNamed(String name, Limit limit);

    boolean existsByIdAndArchivedAtIsNull(long id);

    @Query("select b from Body b order by b.id")
    List<Body> findEveryById();

    @Query("select b from Body b where b.archivedAt is not null order by b.country, b.name.en")
    List<Body> findArchived();

    @Query("select b from Body b where b.country = :country and lower(b.name.en) = lower(:nameEn)")
    Optional<Body> findByName(String country, String nameEn);
}
