package org.defencetracker.body;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.defencetracker.shared.Constraints;
import org.defencetracker.shared.LikePatterns;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Government bodies: adding them and reading them with their place in the hierarchy. */
@Service
@Transactional(readOnly = true)
public class BodyService {

    /** How many bodies a picker offers before anything is typed. */
    public static final int OFFERED = 200;

    private final BodyRepository bodies;
    private final Clock clock;

    BodyService(BodyRepository bodies, Clock clock) {
        this.bodies = bodies;
        this.clock = clock;
    }

    @Transactional
    public BodyView create(CreateBody command) {
        checkNameFree(command, null);
        return saved(new Body(command, parent(command), clock), command.nameEn().strip());
    }

    /** Saves an editor's change made from {@code editedVersion}; a newer version means a conflict, not a save. */
    @Transactional
    public BodyView update(long id, long editedVersion, CreateBody command) {
        Body body = bodies.findById(id).orElseThrow(() -> new BodyNotFoundException(id));
        checkNameFree(command, id);
        body.revise(command, parent(command), editedVersion, clock);
        return saved(body, command.nameEn().strip());
    }

    /** Takes the body out of the lists; acts and statements that name it keep doing so. */
    @Transactional
    public BodyView archive(long id, long editedVersion) {
        Body body = bodies.findById(id).orElseThrow(() -> new BodyNotFoundException(id));
        body.archive(editedVersion, clock);
        return saved(body, null);
    }

    @Transactional
    public BodyView restore(long id, long editedVersion) {
        Body body = bodies.findById(id).orElseThrow(() -> new BodyNotFoundException(id));
        body.restore(editedVersion, clock);
        return saved(body, null);
    }

    public List<BodyView> archived() {
        return bodies.findArchived().stream().map(Body::view).toList();
    }

    private Body parent(CreateBody command) {
        return command.parentId() == null
                ? null
                : bodies.findById(command.parentId()).orElseThrow(() -> new BodyNotFoundException(command.parentId()));
    }

    private void checkNameFree(CreateBody command, Long self) {
        bodies.findByName(command.country(), command.nameEn().strip())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new DuplicateBodyNameException(command.nameEn().strip(), other.id());
                });
    }

    /** Writes now, so that a concurrent editor's save or a taken name fails here and not after the page. */
    private BodyView saved(Body body, String name) {
        try {
            return bodies.saveAndFlush(body).view();
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
            throw new org.defencetracker.shared.EditConflictException("body", body.id(), -1, -1);
        } catch (org.springframework.dao.DataIntegrityViolationException ex) {
            // Two editors creating the same name at once: the unique index decides, the form explains.
            if (Constraints.violated(ex, "ux_body_name")) {
                throw new DuplicateBodyNameException(name, null);
            }
            throw ex;
        }
    }

    public Optional<BodyView> find(long id) {
        return bodies.findById(id).map(Body::view);
    }

    public BodyView get(long id) {
        return find(id).orElseThrow(() -> new BodyNotFoundException(id));
    }

    /** The bodies of the ids, archived ones too, read at once: id → body (ids of no body left out). */
    public Map<Long, BodyView> byIds(java.util.Collection<Long> ids) {
        Map<Long, BodyView> found = new java.util.HashMap<>();
        bodies.findAllById(java.util.Set.copyOf(ids)).forEach(b -> found.put(b.id(), b.view()));
        return found;
    }

    public Optional<BodyView> findByName(String country, String nameEn) {
        return bodies.findByName(country, nameEn).map(Body::view);
    }

    public long count() {
        return bodies.count();
    }

    /** Whether body {@code id} is in the lists: what a picker may choose. One indexed lookup. */
    public boolean isListed(long id) {
        return bodies.existsByIdAndArchivedAtIsNull(id);
    }

    /**
     * What a body picker offers before anything is typed, id → English name: the first {@value #OFFERED} bodies in
     * the lists' order. Typing asks {@link #matching}.
     */
    public Map<Long, String> offered() {
        return names(bodies.findAllOrdered(Limit.of(OFFERED)));
    }

    /** The bodies in the lists whose name (in any language) or abbreviation holds {@code text}: id → English name. */
    public Map<Long, String> matching(String text, int limit) {
        return names(bodies.findListedMatching(LikePatterns.containing(text), Limit.of(limit)));
    }

    /** The bodies in the lists named exactly {@code name} in English (any case): id → English name. */
    public Map<Long, String> named(String name) {
        return names(bodies.findListedNamed(name.strip().toLowerCase(Locale.ROOT), Limit.of(2)));
    }

    private static Map<Long, String> names(List<Body> found) {
        Map<Long, String> names = new LinkedHashMap<>();
        found.forEach(b -> names.put(b.id(), b.view().nameEn()));
        return names;
    }

    /**
     * A page of the bodies' tree after the top-level body {@code after} (the first page when null): one query for
     * the page's top-level bodies and one for each level below them.
     */
    public BodyTree tree(Long after) {
        List<BodyView> read = bodies.findListedRoots(after, BodyTree.SIZE + 1).stream()
                .map(Body::view)
                .toList();
        List<BodyView> roots = read.size() > BodyTree.SIZE ? read.subList(0, BodyTree.SIZE) : read;
        Map<Long, List<BodyView>> childrenOf = new LinkedHashMap<>();
        List<Long> level = roots.stream().map(BodyView::id).toList();
        while (!level.isEmpty()) {
            List<BodyView> children = bodies.findListedChildren(level).stream()
                    .map(Body::view)
                    .filter(c -> !childrenOf.containsKey(c.id()))
                    .toList();
            children.forEach(c -> childrenOf
                    .computeIfAbsent(c.parentId(), p -> new ArrayList<>())
                    .add(c));
            level = children.stream().map(BodyView::id).toList();
        }
        Long next = read.size() > BodyTree.SIZE ? roots.get(roots.size() - 1).id() : null;
        return new BodyTree(List.copyOf(roots), childrenOf, next);
    }

    public List<BodyView> all() {
        return bodies.findAllOrdered().stream().map(Body::view).toList();
    }

    /** Every body, archived ones too, in the order they were added: what a full dump holds. */
    public List<BodyView> everyBody() {
        return bodies.findEveryById().stream().map(Body::view).toList();
    }

    public List<BodyView> children(long id) {
        return bodies.findChildren(id).stream().map(Body::view).toList();
    }

    /** The body and its parents, outermost first (Senate, then its committee). */
    public List<BodyView> lineage(long id) {
        java.util.LinkedList<BodyView> chain = new java.util.LinkedList<>();
        Body body = bodies.findById(id).orElseThrow(() -> new BodyNotFoundException(id));
        while (body != null && chain.size() < 20) {
            chain.addFirst(body.view());
            body = body.parent();
        }
        return List.copyOf(chain);
    }
}
