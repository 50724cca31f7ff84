package org.defencetracker.shared.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a picker offers while an editor types ({@code GET /pickers/sources?q=kazinform}): the labels of at most
 * {@value #LIMIT} records of the kind whose name holds the text, read by {@code static/js/pickers.js} into the
 * picker's list. A form's page carries only the newest records of each kind; this finds any other. Editors only,
 * as the forms are.
 */
@RestController
class PickerSuggestions {

    static final int LIMIT = 20;

    private final RecordPickers pickers;

    PickerSuggestions(RecordPickers pickers) {
        this.pickers = pickers;
    }

    @GetMapping("/pickers/{kind}")
    List<String> matching(@PathVariable String kind, @RequestParam(defaultValue = "") String q) {
        RecordChoices choices;
        try {
            choices = pickers.of(kind);
        } catch (IllegalStateException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no picker of " + kind);
        }
        if (q.indexOf('\u0000') >= 0) {
            // No name holds a NUL, and the database would refuse the question.
            return List.of();
        }
        return Picker.labels(choices.matching(q.length() > 200 ? q.substring(0, 200) : q, LIMIT));
    }
}
