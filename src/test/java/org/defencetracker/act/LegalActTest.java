package org.defencetracker.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.RevisableRecord;
import org.junit.jupiter.api.Test;

class LegalActTest {

    @Test
    void hasNoStatusBeforeItsFirstStage() {
        LegalAct act = act(ActKind.DECREE, null, stage(StageKind.ADOPTED, FuzzyDate.day(2015, 9, 14)));

        assertThat(act.statusOn(LocalDate.of(2015, 9, 13))).isEmpty();
    }

    @Test
    void reachesAStageOnItsDay() {
        LegalAct act = act(
                ActKind.LAW,
                null,
                stage(StageKind.SIGNED, FuzzyDate.day(2015, 1, 10)),
                stage(StageKind.PUBLISHED, FuzzyDate.day(2015, 1, 12)),
                stage(StageKind.IN_FORCE, FuzzyDate.day(2015, 2, 1)));

        assertThat(act.statusOn(LocalDate.of(2015, 1, 10))).contains(StageKind.SIGNED);
        assertThat(act.statusOn(LocalDate.of(2015, 1, 11))).contains(StageKind.SIGNED);
        assertThat(act.statusOn(LocalDate.of(2015, 1, 12))).contains(StageKind.PUBLISHED);
        assertThat(act.statusOn(LocalDate.of(2015, 1, 31))).contains(StageKind.PUBLISHED);
        assertThat(act.statusOn(LocalDate.of(2015, 2, 1))).contains(StageKind.IN_FORCE);
    }

    @Test
    void keepsStagesInDateOrderWhateverOrderTheyCameIn() {
        LegalAct act = act(
                ActKind.LAW,
                null,
                stage(StageKind.IN_FORCE, FuzzyDate.day(2015, 2, 1)),
                stage(StageKind.PASSED_MAZHILIS, FuzzyDate.day(2014, 11, 5)),
                stage(StageKind.SIGNED, FuzzyDate.day(2015, 1, 10)));

        assertThat(act.stages())
                .extracting(ActStage::stage)
                .containsExactly(StageKind.PASSED_MAZHILIS, StageKind.SIGNED, StageKind.IN_FORCE);
    }

    @Test
    void labelsItselfByKindNumberAndTheDateOfItsFirstStage() {
        assertThat(act(ActKind.DECREE, " 12 ", stage(StageKind.ADOPTED, FuzzyDate.day(2015, 9, 14)))
                        .label())
                .isEqualTo("Decree No. 12 of 14 September 2015");
        assertThat(act(ActKind.LAW, null, stage(StageKind.APPROVED_SENATE, FuzzyDate.month(2015, 6)))
                        .label())
                .isEqualTo("Law of June 2015 “Title”");
        assertThat(act(
                                ActKind.RESOLUTION,
                                "",
                                stage(StageKind.ADOPTED, FuzzyDate.year(2015).approximately()))
                        .label())
                .isEqualTo("Resolution of 2015 (approx.) “Title”");
    }

    private static IssueAct.Stage stage(StageKind kind, FuzzyDate date) {
        return new IssueAct.Stage(kind, date, null, null);
    }

    private static LegalAct act(ActKind kind, String number, IssueAct.Stage... stages) {
        IssueAct command = new IssueAct(
                kind,
                number,
                null,
                null,
                "Title",
                null,
                null,
                1,
                null,
                null,
                null,
                List.of(stages),
                List.of(),
                List.of(1L));
        return RevisableRecord.created(LegalAct::new, command, Clock.systemUTC());
    }
}
