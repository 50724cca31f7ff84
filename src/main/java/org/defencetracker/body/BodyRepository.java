package org.defencetracker.body;

import java.util.Collection;
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

    /** Top-level bodies in the lists, in their order, after the top-level body {@code after} when it is given. */
    @Query(value = """
                    select b.* from government_body b
                     where b.parent_id is null and b.archived_at is null
                       and (cast(:after as bigint) is null
                            or (b.country, b.name_en, b.id) > (select a.country, a.name_en, a.id
                                                                 from government_body a where a.id = :after))
                     order by b.country, b.name_en, b.id
                     limit :limit
                    """, nativeQuery = true)
    List<Body> findListedRoots(Long after, int limit);

    @Query("select b from Body b where b.archivedAt is null and b.parent.id in :parents order by b.country, b.name.en")
    List<Body> findListedChildren(Collection<Long> parents);

    @Query("select b from Body b order by b.id")
    List<Body> findEveryById();

    @Query("select b from Body b where b.archivedAt is not null order by b.country, b.name.en")
    List<Body> findArchived();

    @Query("select b from Body b where b.country = :country and lower(b.name.en) = lower(:nameEn)")
    Optional<Body> findByName(String country, String nameEn);
}
