package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.read.CitationParser;

/** The citation variants of domain.md and those seen in real footnotes, as input and expected house style. */
class CitationParserTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Kamerstuk 34 843, nr. 113|Kamerstuk 34 843, nr. 113",
			"zie Kamerstuk 34843, nr. 113.|Kamerstuk 34 843, nr. 113",
			"Kamerstukken 26 643 en 34 843, nr. 1022|Kamerstukken 26 643 en 34 843, nr. 1022",
			"Kamerstuk 32317-883|Kamerstuk 32 317, nr. 883",
			"Kamerstukken II 2024/25, 32 317, nr. 906|Kamerstuk 32 317, nr. 906",
			"Kamerstukken II 2009/10, 27858, nr. 88, p. 3|Kamerstuk 27 858, nr. 88, p. 3",
			"Kamerstukken, 2022-2023, 29628, nr. 1135|Kamerstuk 29 628, nr. 1135",
			"Kamerstuk 26 643, nrs. 1009 en 1010|Kamerstuk 26 643, nrs. 1009 en 1010",
			"Kamerstuk 26 643, nr. 1069|Kamerstuk 26 643, nr. 1069",
			"Kamerstukken II 2023/24, 36 410 XIII, nr. 5|Kamerstuk 36 410 XIII, nr. 5",
			"Handelingen II 2021/22, nr. 100, item 28|Handelingen II 2021/22, nr. 100, item 28",
			"Handelingen II 2010/11, nr. 108, item 5, p. 25-36|Handelingen II 2010/11, nr. 108, item 5, p. 25-36",
			"(Handelingen 11 2021/22, nr. 100, item 28)|Handelingen II 2021/22, nr. 100, item 28",
			"Aanhangsel Handelingen II 2014/15, nr. 1241|Aanhangsel Handelingen II 2014/15, nr. 1241",
			"Aanhangsel van de Handelingen, vergaderjaar 2023-2024, nr. 1121.|Aanhangsel Handelingen II 2023/24, nr. 1121",
			"Aanhangsel Handelingen, nr. 1121|Aanhangsel Handelingen II, nr. 1121",
			"Aanhangsel van de Handelingen II, 2022/-23, nr. 1823.|Aanhangsel Handelingen II 2022/23, nr. 1823" })
	void recognisesVariants(String text, String houseStyle) {
		List<Citation> found = CitationParser.parse(text);
		assertEquals(1, found.size(), text + " -> " + found);
		assertEquals(houseStyle, found.get(0).format());
	}

	@Test
	void keepsStructure() {
		Citation c = CitationParser.parse("Kamerstukken II 2024/25, 32 317, nr. 906").get(0);
		assertEquals(Citation.Type.KAMERSTUK, c.type());
		assertEquals("2024/25", c.year());
		assertEquals(List.of("32317"), c.dossiers());
		assertEquals(List.of("906"), c.numbers());
	}

	@Test
	void findsSeveralInOrderAndNoneInPlainText() {
		assertEquals(2, CitationParser.parse("Kamerstuk 26 643, nr. 908 en (Handelingen II 2022/23, nr. 77)").size());
		assertEquals(List.of(), CitationParser.parse("Op 24 november 2025 is 32 317 keer gesproken, nr. 5 van de lijst."));
	}

	@Test
	void thePublicationIsTheSameWhateverTheFormAndPage() {
		Citation stored = CitationParser.parse("Kamerstuk 34 843, nr. 114").get(0);
		assertTrue(CitationParser.parse("Kamerstukken II 2024/25, 34843, nr. 114, p. 3").get(0).samePublication(stored));
		assertTrue(CitationParser.parse("Kamerstuk 34843-114").get(0).samePublication(stored));
		assertFalse(CitationParser.parse("Kamerstuk 34 843, nr. 113").get(0).samePublication(stored));
		Citation aanhangsel = CitationParser.parse("Aanhangsel Handelingen II 2024/25, nr. 1244").get(0);
		assertTrue(CitationParser.parse("Aanhangsel van de Handelingen, vergaderjaar 2024-2025, nr. 1244.").get(0)
				.samePublication(aanhangsel));
		// the Aanhangsel numbers anew every year
		assertFalse(CitationParser.parse("Aanhangsel Handelingen II 2023/24, nr. 1244").get(0).samePublication(aanhangsel));
		assertFalse(CitationParser.parse("Handelingen II 2024/25, nr. 1244").get(0).samePublication(aanhangsel));
	}
}
