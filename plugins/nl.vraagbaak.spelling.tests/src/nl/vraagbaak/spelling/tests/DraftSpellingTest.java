package nl.vraagbaak.spelling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.vraagbaak.spelling.DraftSpelling;
import nl.vraagbaak.spelling.Misspelling;
import nl.vraagbaak.spelling.SpellChecker;

class DraftSpellingTest {
	private static final String DRAFT = """
			Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over
			Europese ontwikkelingen rondom chatcontrole.

			1. Bent u bekend met het compromisvoorstel van het Deense voorzitterschap? [1]

			2. Heeft u advies ingewonnen van de AIVD? Zo ja, wat adviseerde de dienst over de
			naleveing? Zo nee, waarom niet?

			[1] Consilium, "Law Enforcement Working Party", 12 november 2025, https://data.consilium.europa.eu/doc/ST-1234-2025-INIT/en/pdf; Council's workin documents.

			% negeer: 004_7b21e46fa3f5df7d.txt#8
			% notitie: dit is een tekts voor onszelf
			""";

	@Test
	void theHeadingAndQuestionsAreCheckedNotTheFootnotesOrDirectives() throws IOException {
		List<Misspelling> found = DraftSpelling.check(DRAFT, new SpellChecker(word -> false));
		assertEquals(List.of("naleveing"), found.stream().map(Misspelling::word).toList());
		Misspelling m = found.get(0);
		assertEquals("naleveing", DRAFT.substring(m.offset(), m.offset() + m.length()));
	}

	@Test
	void wordsTheDraftAcceptsAreKnownInIt() throws IOException {
		String draft = DRAFT + "% woorden: naleveing\n";
		assertEquals(List.of(), DraftSpelling.check(draft, new SpellChecker(word -> false)));
	}

	@Test
	void aTypoInTheHeadingIsFoundAtItsPlace() throws IOException {
		String draft = "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minsiter van Justitie over chatcontrole.\n\n1. Bent u bekend?\n";
		List<Misspelling> found = DraftSpelling.check(draft, new SpellChecker(word -> false));
		assertEquals(List.of(new Misspelling(draft.indexOf("minsiter"), 8, "minsiter")), found);
	}
}
