package org.defencetracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    @Test
    void readsPlainFieldsRecordByRecord() throws Exception {
        List<CsvParser.Line> lines = CsvParser.parse("a,b,c\n1,2,3\n");

        assertThat(lines)
                .containsExactly(
                        new CsvParser.Line(1, List.of("a", "b", "c")), new CsvParser.Line(2, List.of("1", "2", "3")));
    }

    @Test
    void endsRecordsWithCrlfAsWellAsLfAndReadsALastRecordWithoutALineEnd() throws Exception {
        List<CsvParser.Line> lines = CsvParser.parse("a,b\r\n1,2\r\n3,4");

        assertThat(lines)
                .extracting(CsvParser.Line::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
    }

    @Test
    void readsCommasLineBreaksAndDoubledQuotesInsideQuotes() throws Exception {
        List<CsvParser.Line> lines =
                CsvParser.parse("\"Almaty, south\",\"said \"\"no\"\"\",\"two\nlines\"\nnext,x,y\n");

        assertThat(lines.get(0).fields()).containsExactly("Almaty, south", "said \"no\"", "two\nlines");
        // The next record starts on line 3: the quoted line break counts as a line of the file.
        assertThat(lines.get(1).number()).isEqualTo(3);
    }

    @Test
    void keepsEmptyFieldsAndSkipsAByteOrderMark() throws Exception {
        List<CsvParser.Line> lines = CsvParser.parse("\uFEFFa,,c\n,\n");

        assertThat(lines.get(0).fields()).containsExactly("a", "", "c");
        assertThat(lines.get(1).fields()).containsExactly("", "");
    }

    @Test
    void aLineWithNothingOnItIsBlank() throws Exception {
        List<CsvParser.Line> lines = CsvParser.parse("a\n\n  \nb,\n");

        assertThat(lines).extracting(CsvParser.Line::isBlank).containsExactly(false, true, true, false);
    }

    @Test
    void anEmptyTextHasNoRecords() throws Exception {
        assertThat(CsvParser.parse("")).isEmpty();
        assertThat(CsvParser.parse("\uFEFF")).isEmpty();
    }

    @Test
    void refusesAnUnclosedQuoteAtTheLineItOpensOn() {
        assertThatThrownBy(() -> CsvParser.parse("a,b\n1,\"open\nstill open\n"))
                .isInstanceOf(CsvParser.Malformed.class)
                .hasMessage("unclosed")
                .extracting(ex -> ((CsvParser.Malformed) ex).line())
                .isEqualTo(2);
    }

    @Test
    void refusesTextAfterAClosingQuoteAndAQuoteInsideAnUnquotedField() {
        assertThatThrownBy(() -> CsvParser.parse("a\n\"closed\"then\n"))
                .isInstanceOf(CsvParser.Malformed.class)
                .hasMessage("afterQuote")
                .extracting(ex -> ((CsvParser.Malformed) ex).line())
                .isEqualTo(2);
        assertThatThrownBy(() -> CsvParser.parse("a\nb\nhalf\"way\n"))
                .isInstanceOf(CsvParser.Malformed.class)
                .hasMessage("strayQuote")
                .extracting(ex -> ((CsvParser.Malformed) ex).line())
                .isEqualTo(3);
    }

    @Test
    void readsSemicolonSeparatedTextWhenTheHeaderHasSemicolonsAndNoCommas() throws Exception {
        List<CsvParser.Line> lines = CsvParser.parse(
                "\uFEFFevent_date;title;notes\r\n2025-09-14;\"Pavlodar; north\";\"Seen at dawn, then lost\"\r\n");

        assertThat(lines.get(0).fields()).containsExactly("event_date", "title", "notes");
        assertThat(lines.get(1).fields()).containsExactly("2025-09-14", "Pavlodar; north", "Seen at dawn, then lost");
    }

    @Test
    void keepsCommasAsTheSeparatorWhenTheHeaderHasThemOrOnlyQuotedSemicolons() throws Exception {
        assertThat(CsvParser.parse("a,b;c\n1;2,3\n").get(1).fields()).containsExactly("1;2", "3");
        assertThat(CsvParser.parse("\"a;b\"\n1,2\n").get(1).fields()).containsExactly("1", "2");
        assertThat(CsvParser.parse("title\n\"x; y\"\n").get(1).fields()).containsExactly("x; y");
    }
}
