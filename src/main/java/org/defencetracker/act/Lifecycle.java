package org.defencetracker.act;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.defencetracker.shared.FuzzyDate;

/**
 * The path an act of its kind takes, with the steps it has reached: a law passes the Mazhilis and the Senate
 * before it is signed; decrees, resolutions and orders are adopted. Amendment and repeal appear once they happen.
 */
public record Lifecycle(List<Step> steps) {

    /** One step of the path; {@code date} is null while it is not reached. */
    public record Step(StageKind stage, FuzzyDate date, boolean reached, boolean current) {}

    private static final List<StageKind> LAW = List.of(
            StageKind.DRAFTED,
            StageKind.PASSED_MAZHILIS,
            StageKind.APPROVED_SENATE,
            StageKind.SIGNED,
            StageKind.PUBLISHED,
            StageKind.IN_FORCE);
    private static final List<StageKind> INSTRUMENT =
            List.of(StageKind.ADOPTED, StageKind.PUBLISHED, StageKind.IN_FORCE);
    private static final Set<StageKind> ONLY_WHEN_REACHED = EnumSet.of(StageKind.AMENDED, StageKind.REPEALED);

    public static Lifecycle of(ActView act) {
        List<StageKind> path = new ArrayList<>(act.kind() == ActKind.LAW ? LAW : INSTRUMENT);
        for (StageView stage : act.stages()) {
            if (!path.contains(stage.stage())) {
                path.add(stage.stage());
            }
        }
        path.sort(null);
        List<Step> steps = new ArrayList<>();
        for (StageKind kind : path) {
            FuzzyDate date = act.stages().stream()
                    .filter(s -> s.stage() == kind)
                    .map(StageView::date)
                    .findFirst()
                    .orElse(null);
            if (date == null && ONLY_WHEN_REACHED.contains(kind)) {
                continue;
            }
            steps.add(new Step(kind, date, date != null, kind == act.status()));
        }
        return new Lifecycle(List.copyOf(steps));
    }
}
