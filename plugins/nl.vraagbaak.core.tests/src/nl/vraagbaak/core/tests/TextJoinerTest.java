package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.vraagbaak.core.read.TextJoiner;

/** Hard-wrapped lines of PDF text joined into running text: which line-end hyphens belong to the word. */
class TextJoinerTest {
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"In opsporingsonder-|zoeken blijkt het.|In opsporingsonderzoeken blijkt het.",
			"de CSAM-|verordening|de CSAM-verordening",
			"de end-to-|end-versleuteling|de end-to-end-versleuteling",
			"tijdens de Coreper-|vergadering van 26 november|tijdens de Coreper-vergadering van 26 november",
			"Het is klaar. Opsporings-|onderzoek loopt.|Het is klaar. Opsporingsonderzoek loopt.",
			"Opsporings-|onderzoek loopt.|Opsporingsonderzoek loopt.",
			"het brief-|en telecommunicatiegeheim|het brief- en telecommunicatiegeheim" })
	void lineEndHyphens(String first, String second, String joined) {
		assertEquals(joined, TextJoiner.join(List.of(first, second)));
	}
}
