package fr.guichet.territories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void parsesQuotedFieldsWithCommasDoubledQuotesAndCrlf() {
        CsvTable table = CsvReader.parse("\uFEFFsiren,name,type\r\n"
                + "1,\"CC Avallon, Vézelay\",CC\r\n"
                + "2,\"CA \"\"Saintes\"\"\",CA\r\n");

        assertThat(table.header()).containsExactly("siren", "name", "type");
        assertThat(table.rows()).containsExactly(
                List.of("1", "CC Avallon, Vézelay", "CC"),
                List.of("2", "CA \"Saintes\"", "CA"));
        assertThat(table.column("type")).isEqualTo(2);
    }

    @Test
    void keepsEmptyFieldsIncludingTrailingOnes() {
        CsvTable table = CsvReader.parse("a,b,c\n1,,\n");

        assertThat(table.rows()).containsExactly(List.of("1", "", ""));
    }

    @Test
    void acceptsLineBreaksInsideQuotesAndSkipsBlankLinesAndMissingFinalNewline() {
        CsvTable table = CsvReader.parse("a,b\n\n\"x\ny\",z");

        assertThat(table.rows()).containsExactly(List.of("x\ny", "z"));
    }

    @Test
    void rejectsUnterminatedQuotesAndMissingColumns() {
        assertThatThrownBy(() -> CsvReader.parse("a\n\"oops")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CsvReader.parse("a,b\n").column("c")).isInstanceOf(IllegalStateException.class);
    }
}
