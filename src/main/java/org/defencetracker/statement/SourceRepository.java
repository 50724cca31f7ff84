package org.defencetracker.statement;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

    /** Newest first by publication date (undated last), then newest recorded first. */
    @Query("select s from Source s where s.archivedAt is null order by s.published.on desc nulls last, s.id desc")
    List<Source> findListed();

    @Query("select s from Source s where s.archivedAt is null order by s.published.on desc nulls last, s.id desc")
    List<Source> findListed(Limit limit);

    /** Sources in the lists whose publisher or title holds {@code pattern} (a lower-case LIKE pattern), newest first. */
    @Query("select s from Source s where s.archivedAt is null"
            + " and (lower(s.publisher) like :pattern escape '\\' or lower(s.title) like :pattern escape '\\')"
            + " order by s.published.on desc nulls last, s.id desc")
    List<Source> findListedMatching(String pattern, Limit limit);

    /** Sources in the lists named exactly {@code name} ("Publisher: Title", any case). */
    @Query("select s from Source s where s.archivedAt is null"
            + " and lower(concat(s.publisher, ': ', s.title)) = :name order by s.id")
    List<Source> findListedNamed(String name, Limit limit);

    /** The sources listed after a dated one: older, or as old and recorded before it, or undated. */
    @Query("""
            select s from Source s where s.archivedAt is null
              and (s.published.on < :on or (s.published.on = :on and s.id < :id) or s.published.on is null)
            order by s.published.on desc nulls last, s.id desc
            """)
    List<Source> findListedAfter(java.time.LocalDate on, long id, Limit limit);

    /** The sources listed after an undated one: undated and recorded before it. */
    @Query("""
            select s from Source s where s.archivedAt is null and s.published.on is null and s.id < :id
            order by s.id desc
            """)
    List<Source> findListedAfterUndated(long id, Limit limit);

    @Query("select s from Source s where s.updatedAt >= :since order by s.updatedAt, s.id")
    List<Source> findChangedSince(java.time.Instant since);

    @Query("select s from Source s where s.archivedAt is not null order by s.id desc")
    List<Source> findArchived(Limit limit);

    @Query("select s from Source s where s.archivedAt is null and s.url = :url order by s.id")
    List<Source> findListedAt(String url);

    @Query("select s from Source s where s.archivedAt is null and s.url is null"
            + " and lower(s.publisher) = lower(:publisher) and lower(s.title) = lower(:title) order by s.id")
    List<Source> findListedWithoutAddress(String publisher, String title);
}
