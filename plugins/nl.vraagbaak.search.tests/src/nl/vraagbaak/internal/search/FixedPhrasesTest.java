package nl.vraagbaak.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

/** Which words of a question belong to a fixed phrase that says nothing of its subject. */
class FixedPhrasesTest {

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
	void aPrepositionMadeOfWordsIsMarked() {
		assertEquals("Op grond van", formula("Op grond van welke wet kunt u dit verbieden?"));
		assertEquals("naar aanleiding van", formula("Wat doet u naar aanleiding van het rapport?"));
		assertEquals("met betrekking tot", formula("Wat is de uitspraak met betrekking tot box 3?"));
	}

	@Test
	void theSameWordsOutsideAFormulaAreNot() {
		assertEquals("", formula("Welk bericht heeft de NCTV verstuurd?"));
		assertEquals("", formula("Is bekend hoeveel kaarten er verkocht zijn?"));
		assertEquals("", formula("Wat vindt u hiervan?"));
		assertEquals("", formula("Hoeveel grond is vervuild?"));
	}

	/** The marked characters, which must be one stretch. */
	private static String formula(String text) {
		BitSet marked = FixedPhrases.in(text);
		return marked.isEmpty() ? "" : text.substring(marked.nextSetBit(0), marked.length());
	}
}
