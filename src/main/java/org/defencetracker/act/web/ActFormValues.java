package org.defencetracker.act.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.EditForm;

/** What an act's form holds, field by field as an editor reads it, for the page that shows a conflicting save. */
final class ActFormValues {

    private ActFormValues() {}

    static Map<String, String> of(ActForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", form.getKind() == null ? null : form.getKind().name());
        values.put("officialNumber", form.getOfficialNumber());
        values.put("registryNumber", form.getRegistryNumber());
        values.put("eli", form.getEli());
        values.put("titleEn", form.getTitleEn());
        values.put("titleRu", form.getTitleRu());
        values.put("titleKk", form.getTitleKk());
        values.put("issuingBody", EditForm.label(form.getIssuingBody()));
        values.put("summary", form.getSummary());
        values.put("summaryRu", form.getSummaryRu());
        values.put("summaryKk", form.getSummaryKk());
        values.put(
                "stages",
                form.getStages().stream()
                        .filter(s -> !s.isEmpty())
                        .map(s -> s.getStage() + " " + s.getDate() + " (" + s.getPrecision() + ")")
                        .collect(Collectors.joining("; ")));
        values.put(
                "sources",
                form.getSources().stream()
                        .filter(s -> s != null)
                        .map(RecordRef::label)
                        .collect(Collectors.joining("; ")));
        values.put(
                "duties",
                form.getDuties().stream()
                        .filter(d -> !d.isEmpty())
                        .map(d -> EditForm.label(d.getBody()) + ": " + d.getDuty() + " (" + d.getValidFrom()
                                + (d.getValidTo() == null || d.getValidTo().isBlank() ? "" : " – " + d.getValidTo())
                                + ")")
                        .collect(Collectors.joining("; ")));
        return values;
    }
}
