package org.defencetracker.body;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Government bodies: adding them and reading them with their place in the hierarchy. */
@Service
@Transactional(readOnly = true)
public class BodyService {

    private final BodyRepository bodies;

    BodyService(BodyRepository bodies) {
        this.bodies = bodies;
    }

    @Transactional
    public BodyView create(CreateBody command) {
        Body parent = command.parentId() == null
                ? null
                : bodies.findById(command.parentId()).orElseThrow(() -> new BodyNotFoundException(command.parentId()));
        return bodies.save(new Body(command, parent)).view();
    }

    public Optional<BodyView> find(long id) {
        return bodies.findById(id).map(Body::view);
    }

    public BodyView get(long id) {
        return find(id).orElseThrow(() -> new BodyNotFoundException(id));
    }

    public Optional<BodyView> findByName(String country, String nameEn) {
        return bodies.findByName(country, nameEn).map(Body::view);
    }

    public long count() {
        return bodies.count();
    }

    public List<BodyView> all() {
        return bodies.findAllOrdered().stream().map(Body::view).toList();
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
