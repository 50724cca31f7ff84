package org.defencetracker.act.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.defencetracker.act.ActDraft;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.StageKind;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.web.EditForm;
import org.defencetracker.shared.web.RowChange;

/**
 * One form for a whole act: its identifiers and titles, its dated stages, its sources (picked, or one typed in
 * on the spot) and the duties it grants or withdraws. A decree is entered at once: number, title, date, issuing
 * body, summary, source and duties. Empty rows are left out. Its constraints, and its rows', are those of
 * {@link ActDraft}.
 */
public class ActForm implements EditForm, ActDraft, RowChange.Rows {

    private ActKind kind = ActKind.DECREE;

    private String officialNumber;

    private String registryNumber;

    private String eli;

    private String titleEn;

    private String titleRu;

    private String titleKk;

    @NotBlank
    @Size(max = 320)
    private String issuingBody;

    private String summary;

    @Valid
    private List<StageRow> stages = new ArrayList<>();

    private List<@Size(max = 800) String> sources = new ArrayList<>();

    @Valid
    private NewSource newSource = new NewSource();

    @Valid
    private List<DutyRow> duties = new ArrayList<>();

    @Valid
    private List<WithdrawalRow> withdrawals = new ArrayList<>();

    private Long version;

    /** A blank form for a new act, with room for one stage, two sources, three duties and one withdrawal. */
    static ActForm blank() {
        ActForm form = new ActForm();
        StageRow adopted = new StageRow();
        adopted.setStage(StageKind.ADOPTED);
        form.stages.add(adopted);
        form.padRows();
        return form;
    }

    /** One more empty row in a repeated group: "stages", "sources", "duties" or "withdrawals". */
    @Override
    public void addRow(String group) {
        switch (String.valueOf(group)) {
            case "stages" -> stages.add(new StageRow());
            case "sources" -> sources.add("");
            case "duties" -> duties.add(new DutyRow());
            case "withdrawals" -> withdrawals.add(new WithdrawalRow());
            default -> {}
        }
    }

    @Override
    public void removeRow(String group, int index) {
        List<?> rows = switch (String.valueOf(group)) {
            case "stages" -> stages;
            case "sources" -> sources;
            case "duties" -> duties;
            case "withdrawals" -> withdrawals;
            default -> List.of();
        };
        if (index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Adds empty rows up to what an editor may need in one go. */
    void padRows() {
        if (stages.isEmpty() || !stages.get(stages.size() - 1).isEmpty()) {
            stages.add(new StageRow());
        }
        while (sources.size() < 2 || !sources.get(sources.size() - 1).isBlank()) {
            sources.add("");
        }
        long emptyDuties = duties.stream().filter(DutyRow::isEmpty).count();
        for (long i = emptyDuties; i < 2; i++) {
            duties.add(new DutyRow());
        }
        if (withdrawals.isEmpty() || !withdrawals.get(withdrawals.size() - 1).isEmpty()) {
            withdrawals.add(new WithdrawalRow());
        }
    }

    @Override
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", kind == null ? null : kind.name());
        values.put("officialNumber", officialNumber);
        values.put("registryNumber", registryNumber);
        values.put("eli", eli);
        values.put("titleEn", titleEn);
        values.put("titleRu", titleRu);
        values.put("titleKk", titleKk);
        values.put("issuingBody", issuingBody);
        values.put("summary", summary);
        values.put(
                "stages",
                stages.stream()
                        .filter(s -> !s.isEmpty())
                        .map(s -> s.stage + " " + s.date + " (" + s.precision + ")")
                        .collect(Collectors.joining("; ")));
        values.put(
                "sources",
                sources.stream().filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("; ")));
        values.put(
                "duties",
                duties.stream()
                        .filter(d -> !d.isEmpty())
                        .map(d -> d.body + ": " + d.duty + " (" + d.validFrom
                                + (d.validTo == null || d.validTo.isBlank() ? "" : " – " + d.validTo) + ")")
                        .collect(Collectors.joining("; ")));
        return values;
    }

    /** A dated step of the act. */
    public static class StageRow implements ActDraft.StageDraft {

        private StageKind stage;

        private String date;

        private DatePrecision precision = DatePrecision.DAY;

        private boolean approximate;

        @Size(max = 320)
        private String body;

        private String note;

        public boolean isEmpty() {
            return (date == null || date.isBlank())
                    && (note == null || note.isBlank())
                    && (body == null || body.isBlank());
        }

        @Override
        public StageKind getStage() {
            return stage;
        }

        public void setStage(StageKind stage) {
            this.stage = stage;
        }

        @Override
        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        @Override
        public DatePrecision getPrecision() {
            return precision;
        }

        public void setPrecision(DatePrecision precision) {
            this.precision = precision;
        }

        @Override
        public boolean isApproximate() {
            return approximate;
        }

        public void setApproximate(boolean approximate) {
            this.approximate = approximate;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        @Override
        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** A source typed in with the act, for one that is not in the tracker yet. */
    public static class NewSource {

        @Size(max = 200)
        private String publisher;

        @Size(max = 500)
        private String title;

        @Size(max = 2000)
        private String url;

        @Size(max = 10)
        private String date;

        public boolean isEmpty() {
            return blank(publisher) && blank(title) && blank(url) && blank(date);
        }

        public String getPublisher() {
            return publisher;
        }

        public void setPublisher(String publisher) {
            this.publisher = publisher;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }
    }

    /** Duty given to a body; {@code id} is the grant it corrects, when it exists already. */
    public static class DutyRow implements ActDraft.DutyDraft {

        private Long id;

        @Size(max = 320)
        private String body;

        private String duty;

        private String validFrom;

        private String validTo;

        public boolean isEmpty() {
            return blank(body) && blank(duty) && blank(validFrom) && blank(validTo);
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        @Override
        public String getDuty() {
            return duty;
        }

        public void setDuty(String duty) {
            this.duty = duty;
        }

        @Override
        public String getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(String validFrom) {
            this.validFrom = validFrom;
        }

        @Override
        public String getValidTo() {
            return validTo;
        }

        public void setValidTo(String validTo) {
            this.validTo = validTo;
        }
    }

    /** A duty, granted by another act, that this act takes away from a date. */
    public static class WithdrawalRow {

        @Size(max = 1400)
        private String mandate;

        @Size(max = 10)
        private String effectiveOn;

        public boolean isEmpty() {
            return blank(mandate) && blank(effectiveOn);
        }

        public String getMandate() {
            return mandate;
        }

        public void setMandate(String mandate) {
            this.mandate = mandate;
        }

        public String getEffectiveOn() {
            return effectiveOn;
        }

        public void setEffectiveOn(String effectiveOn) {
            this.effectiveOn = effectiveOn;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public ActKind getKind() {
        return kind;
    }

    public void setKind(ActKind kind) {
        this.kind = kind;
    }

    @Override
    public String getOfficialNumber() {
        return officialNumber;
    }

    public void setOfficialNumber(String officialNumber) {
        this.officialNumber = officialNumber;
    }

    @Override
    public String getRegistryNumber() {
        return registryNumber;
    }

    public void setRegistryNumber(String registryNumber) {
        this.registryNumber = registryNumber;
    }

    @Override
    public String getEli() {
        return eli;
    }

    public void setEli(String eli) {
        this.eli = eli;
    }

    @Override
    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    @Override
    public String getTitleRu() {
        return titleRu;
    }

    public void setTitleRu(String titleRu) {
        this.titleRu = titleRu;
    }

    @Override
    public String getTitleKk() {
        return titleKk;
    }

    public void setTitleKk(String titleKk) {
        this.titleKk = titleKk;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<StageRow> getStages() {
        return stages;
    }

    public void setStages(List<StageRow> stages) {
        this.stages = stages;
    }

    public List<String> getSources() {
        return sources;
    }

    public void setSources(List<String> sources) {
        this.sources = sources;
    }

    public NewSource getNewSource() {
        return newSource;
    }

    public void setNewSource(NewSource newSource) {
        this.newSource = newSource;
    }

    public List<DutyRow> getDuties() {
        return duties;
    }

    public void setDuties(List<DutyRow> duties) {
        this.duties = duties;
    }

    public List<WithdrawalRow> getWithdrawals() {
        return withdrawals;
    }

    public void setWithdrawals(List<WithdrawalRow> withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
