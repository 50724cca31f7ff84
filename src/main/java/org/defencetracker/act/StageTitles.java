package org.defencetracker.act;

import java.util.Locale;

/** The English wording of a stage on the timeline read model ("Approved by the Senate"). */
final class StageTitles {

    private StageTitles() {}

    static String title(StageKind stage, ActKind kind) {
        String noun = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
        return switch (stage) {
            case DRAFTED -> noun + " drafted";
            case PASSED_MAZHILIS -> noun + " passed by the Mazhilis";
            case APPROVED_SENATE -> noun + " approved by the Senate";
            case ADOPTED -> noun + " adopted";
            case SIGNED -> noun + " signed";
            case PUBLISHED -> noun + " published";
            case IN_FORCE -> noun + " in force";
            case AMENDED -> noun + " amended";
            case REPEALED -> noun + " repealed";
        };
    }
}
