package nl.vraagbaak.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

/** Which words of a question belong to its opening formula. */
class OpeningFormulasTest {

	@Test
	void aFormulaAndThePublicationItNamesAreMarked() {
		assertEquals("Bent u bekend met het bericht", formula("Bent u bekend met het bericht «Onder de radar»?"));
		assertEquals("Kent u het recente NOS-artikel", formula("Kent u het recente NOS-artikel over de Lelylijn?"));
		assertEquals("Bent u op de hoogte met de berichtgeving",
				formula("Bent u op de hoogte met de berichtgeving over Tata Steel?"));
		assertEquals("Herinnert u zich", formula("Herinnert u zich het antwoord op eerdere vragen?"));
		assertEquals("in kaart brengen", formula("Kunt u in kaart brengen hoeveel woningen er leeg staan?"));
		assertEquals("uw reactie op dit bericht", formula("Wat is uw reactie op dit bericht?"));
	}

	@Test
	void theSameWordsOutsideAFormulaAreNot() {
		assertEquals("", formula("Welk bericht heeft de NCTV verstuurd?"));
		assertEquals("", formula("Is bekend hoeveel kaarten er verkocht zijn?"));
		assertEquals("", formula("Wat vindt u hiervan?"));
	}

	/** The marked characters, which must be one stretch. */
	private static String formula(String text) {
		BitSet marked = OpeningFormulas.in(text);
		return marked.isEmpty() ? "" : text.substring(marked.nextSetBit(0), marked.length());
	}
}
