package org.defencetracker.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.defencetracker.timeline.TimelineFacets;
import org.junit.jupiter.api.Test;

class FilterOptionTest {

    private static final List<TimelineFacets.Option> COUNTED = List.of(
            new TimelineFacets.Option("KZ-55", "Pavlodar Region", 3), new TimelineFacets.Option("KZ-71", "Astana", 1));

    @Test
    void marksTheChosenOptionAlone() {
        assertThat(FilterOption.of(COUNTED, "KZ-71"))
                .containsExactly(
                        new FilterOption("KZ-55", "Pavlodar Region", 3, false),
                        new FilterOption("KZ-71", "Astana", 1, true));
    }

    @Test
    void keepsAChosenOptionThatNothingMatchesAnyMore() {
        assertThat(FilterOption.of(COUNTED, "KZ-11"))
                .hasSize(3)
                .last()
                .isEqualTo(new FilterOption("KZ-11", "KZ-11", 0, true));
    }

    @Test
    void choosesNothingWithoutAChoice() {
        assertThat(FilterOption.of(COUNTED, null))
                .noneMatch(FilterOption::selected)
                .hasSize(2);
    }
}
