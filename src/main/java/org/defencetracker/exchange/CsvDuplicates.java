package org.defencetracker.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.incident.IncidentService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Finds the rows of a CSV file that are incidents on record already, or repeat an earlier row of the file: the same
 * external id where the row has one, otherwise the same kind, title, date and region. Importing a file twice then
 * does not record its incidents twice, and this tracker's own export imported back is found on record. Rows of the file sharing an external id are not repeats: they are one
 * incident citing several sources (see {@link CsvSameIncident}), on record or not together.
 */
@Component
class CsvDuplicates {

    private final IncidentService incidents;
    private final MessageSource messages;
    private final Pattern ownAddress;

    CsvDuplicates(IncidentService incidents, MessageSource messages, DefenceTrackerProperties properties) {
        this.incidents = incidents;
        this.messages = messages;
        this.ownAddress = Pattern.compile(Pattern.quote(properties.publicBase() + "/incidents/") + "(\\d{1,18})");
    }

    /** One problem per duplicate row, in the order of the file, naming what it duplicates. */
    List<ImportProblem> find(List<CsvImport.Checked> rows, Locale locale) {
        Map<String, Long> byExternalId = incidents.withExternalIds(rows.stream()
                .map(CsvImport.Checked::externalId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<CsvImport.Checked> unnamed =
                rows.stream().filter(r -> r.externalId() == null).toList();
        List<Long> recorded = incidents.recordedAs(
                unnamed.stream().map(CsvImport.Checked::incident).toList());
        Map<CsvImport.Checked, Long> recordedAs = new HashMap<>();
        for (int i = 0; i < unnamed.size(); i++) {
            if (recorded.get(i) != null) {
                recordedAs.put(unnamed.get(i), recorded.get(i));
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<ImportProblem> duplicates = new ArrayList<>();
        for (CsvImport.Checked row : rows) {
            boolean named = row.externalId() != null;
            String column = named ? CsvImport.EXTERNAL_ID : null;
            Long onRecord = named
                    ? byExternalId.getOrDefault(row.externalId(), ownIncident(row.externalId()))
                    : recordedAs.get(row);
            String key = named ? "id " + row.externalId() : IncidentService.sameIncidentKey(row.incident());
            Integer earlier = seen.putIfAbsent(key, row.line());
            if (onRecord != null) {
                duplicates.add(ImportProblem.atLine(
                        row.line(), column, message("import.duplicate.recorded", locale, String.valueOf(onRecord))));
            } else if (earlier != null && !named) {
                duplicates.add(
                        ImportProblem.atLine(row.line(), column, message("import.duplicate.inFile", locale, earlier)));
            }
        }
        return duplicates;
    }

    /**
     * The incident on record whose address on this site is {@code externalId}: how this tracker's own export names an
     * incident that has no external id, so that the export imported back here is found on record. Null otherwise.
     */
    private Long ownIncident(String externalId) {
        Matcher address = ownAddress.matcher(externalId);
        if (!address.matches()) {
            return null;
        }
        long id = Long.parseLong(address.group(1));
        return incidents.find(id).isPresent() ? id : null;
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
