package org.defencetracker.statement;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.defencetracker.shared.EditConflictException;
import org.defencetracker.shared.LikePatterns;
import org.defencetracker.shared.RevisableRecord;
import org.defencetracker.timeline.Citation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sources that acts, incidents and statements cite. */
@Service
@Transactional(readOnly = true)
public class SourceService {

    /** How many sources a picker offers before anything is typed. */
    public static final int OFFERED = 100;

    private final SourceRepository sources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SourceService(SourceRepository sources, ApplicationEventPublisher events, Clock clock) {
        this.sources = sources;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A listed source that is the one {@code command} describes, so that an import cites it rather than copying
     * it: one at the same address or, for a source without one, of the same publisher and title (in any case) and
     * publication date.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<SourceView> findSame(CreateSource command) {
        String url = command.url() == null || command.url().isBlank()
                ? null
                : command.url().strip();
        List<Source> candidates = url != null
                ? sources.findListedAt(url)
                : sources.findListedWithoutAddress(
                        command.publisher().strip(), command.title().strip());
        return candidates.stream()
                .map(Source::view)
                .filter(s -> url != null || java.util.Objects.equals(s.published(), command.published()))
                .findFirst();
    }

    @Transactional
    public SourceView create(CreateSource command) {
        return sources.save(RevisableRecord.created(Source::new, command, clock))
                .view();
    }

    /**
     * Saves an editor's change made from {@code editedVersion}; a newer version means a conflict, not a save. The
     * records citing the source have its citation rewritten on the timeline ({@link SourceRevised}).
     */
    @Transactional
    public SourceView update(long id, long editedVersion, CreateSource command) {
        Source source = sources.findById(id).orElseThrow(() -> new SourceNotFoundException(id));
        source.revise(command, editedVersion, clock);
        SourceView saved = saved(source);
        events.publishEvent(new SourceRevised(id));
        return saved;
    }

    /** Takes the source out of the lists and the pickers; whatever cites it keeps citing it. */
    @Transactional
    public SourceView archive(long id, long editedVersion) {
        Source source = sources.findById(id).orElseThrow(() -> new SourceNotFoundException(id));
        source.archive(editedVersion, clock);
        return saved(source);
    }

    @Transactional
    public SourceView restore(long id, long editedVersion) {
        Source source = sources.findById(id).orElseThrow(() -> new SourceNotFoundException(id));
        source.restore(editedVersion, clock);
        return saved(source);
    }

    public Optional<SourceView> find(long id) {
        return sources.findById(id).map(Source::view);
    }

    public SourceView get(long id) {
        return find(id).orElseThrow(() -> new SourceNotFoundException(id));
    }

    /** The sources in the lists and the pickers, newest first. */
    public List<SourceView> listed() {
        return sources.findListed().stream().map(Source::view).toList();
    }

    /**
     * What a source picker offers before the editor types, id → name: the {@value #OFFERED} newest sources in the
     * lists, and the ones already cited by the record being edited, archived or not. Typing asks {@link #matching}.
     */
    public Map<Long, String> choices(Collection<Long> cited) {
        Map<Long, String> choices = new java.util.LinkedHashMap<>();
        sources.findListed(Limit.of(OFFERED))
                .forEach(s -> choices.put(s.id(), s.view().name()));
        sources.findAllById(cited)
                .forEach(s -> choices.putIfAbsent(s.id(), s.view().name()));
        return choices;
    }

    /** The sources in the lists whose publisher or title holds {@code text} (any case), newest first: id → name. */
    public Map<Long, String> matching(String text, int limit) {
        Map<Long, String> found = new java.util.LinkedHashMap<>();
        sources.findListedMatching(LikePatterns.containing(text), Limit.of(limit))
                .forEach(s -> found.put(s.id(), s.view().name()));
        return found;
    }

    /** The one source in the lists named exactly {@code name} ("Publisher: Title"), if exactly one is. */
    public Optional<Long> named(String name) {
        List<Source> found = sources.findListedNamed(name.strip().toLowerCase(java.util.Locale.ROOT), Limit.of(2));
        return found.size() == 1 ? Optional.of(found.get(0).id()) : Optional.empty();
    }

    /**
     * Of {@code ids}, those a record may cite: sources in the lists, and {@code cited}, the ones it cites already
     * (which stay citable when archived). One query for the ids named, however many sources there are.
     */
    public Set<Long> citable(Collection<Long> ids, Collection<Long> cited) {
        Set<Long> citable = new java.util.HashSet<>();
        sources.findAllById(ids).forEach(s -> {
            if (!s.archived() || cited.contains(s.id())) {
                citable.add(s.id());
            }
        });
        return citable;
    }

    /**
     * Sources created, changed, archived or restored at or after {@code since}, archived ones included, oldest
     * change first: what a copy kept in sync needs to fetch.
     */
    public List<SourceView> changedSince(java.time.Instant since) {
        return sources.findChangedSince(since).stream().map(Source::view).toList();
    }

    /** The latest archived sources, at most a page of them. */
    public List<SourceView> archived() {
        return sources.findArchived(Limit.of(SourcePage.SIZE)).stream()
                .map(Source::view)
                .toList();
    }

    /** A page of the sources in the lists, in their order, after the source {@code after} if given. */
    public SourcePage page(SourcePage.Cursor after) {
        Limit limit = Limit.of(SourcePage.SIZE + 1);
        List<Source> found = after == null
                ? sources.findListed(limit)
                : after.on() == null
                        ? sources.findListedAfterUndated(after.id(), limit)
                        : sources.findListedAfter(after.on(), after.id(), limit);
        return SourcePage.of(found.stream().map(Source::view).toList());
    }

    /** Writes now, so that a concurrent editor's save fails here and not after the page. */
    private SourceView saved(Source source) {
        try {
            return sources.saveAndFlush(source).view();
        } catch (ObjectOptimisticLockingFailureException ex) {
            throw new EditConflictException("source", source.id(), -1, -1);
        }
    }

    /** The sources with the given ids, in the order asked; an unknown id is an error, never silently dropped. */
    public List<SourceView> get(Collection<Long> ids) {
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, SourceView> found = sources.findAllById(wanted).stream()
                .map(Source::view)
                .collect(Collectors.toMap(SourceView::id, Function.identity()));
        return wanted.stream()
                .map(id -> {
                    SourceView view = found.get(id);
                    if (view == null) {
                        throw new SourceNotFoundException(id);
                    }
                    return view;
                })
                .toList();
    }

    public List<Citation> citations(Collection<Long> ids) {
        return get(ids).stream().map(SourceView::citation).toList();
    }

    /** Every source, archived ones too, in the order they were added: what a full dump holds. */
    public List<SourceView> everySource() {
        return sources.findAll(org.springframework.data.domain.Sort.by("id")).stream()
                .map(Source::view)
                .toList();
    }

    public long count() {
        return sources.count();
    }

    public List<SourceView> all() {
        return sources.findAll().stream().map(Source::view).toList();
    }
}
