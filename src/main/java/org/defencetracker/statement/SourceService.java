package org.defencetracker.statement;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.defencetracker.timeline.Citation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sources that acts, incidents and statements cite. */
@Service
@Transactional(readOnly = true)
public class SourceService {

    private final SourceRepository sources;

    SourceService(SourceRepository sources) {
        this.sources = sources;
    }

    @Transactional
    public SourceView create(CreateSource command) {
        return sources.save(new Source(command)).view();
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

    public List<SourceView> all() {
        return sources.findAll().stream().map(Source::view).toList();
    }
}
