package nl.vraagbaak.spelling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.vraagbaak.spelling.Misspelling;
import nl.vraagbaak.spelling.SpellChecker;

class SpellCheckerTest {
	private static SpellChecker checker;

	@BeforeAll
	static void readWordList() throws IOException {
		checker = new SpellChecker(word -> false);
	}

	/** Slips found in the real questions of kamervragen-sample.csv, each with the word that was meant. */
	@ParameterizedTest
	@CsvSource({ "naleveing, naleving", "menign, mening", "paralel, parallel", "pocent, procent",
			"venootschappen, vennootschappen", "herdenknig, herdenking", "distribiteurs, distributeurs",
			"electriciteitsaansluiting, elektriciteitsaansluiting", "veldemmissies, veldemissies",
			"kamervargen, kamervragen", "ondertusen, ondertussen", "ministre, minister" })
	void realSlipsAreFoundAndTheMeantWordIsSuggested(String slip, String meant) {
		assertFalse(checker.isKnown(slip), slip);
		List<String> suggestions = checker.suggestions(slip);
		assertTrue(suggestions.contains(meant), slip + " -> " + suggestions);
		assertTrue(suggestions.size() <= 5, suggestions.toString());
	}

	/** The domain's vocabulary (domain.md) in every spelling it lists, and ordinary inflections. */
	@ParameterizedTest
	@ValueSource(strings = { "chatcontrole", "detectiebevel", "detectiebevelen", "vals-positieven", "fout-positieven",
			"end-to-end-encryptie", "versleuteling", "kinderpornografisch", "Digitaledienstenverordening",
			"BNC-fiche", "JBZ-Raad", "inlichtingendienst", "compromisvoorstel", "beslisnota", "beantwoordt",
			"beantwoord", "gesteld", "ingewonnen", "Kamerstuk", "staatssecretaris", "auto's" })
	void theDomainsWordsAreKnown(String word) {
		assertTrue(checker.isKnown(word), word);
	}

	@Test
	void aCompoundOfTwoKnownWordsIsKnownWithOrWithoutALinkingS() {
		// compounds the word list does not hold, from real questions
		assertTrue(checker.isKnown("cybersecuritymaatregelen"));
		assertTrue(checker.isKnown("desinformatieteam"));
		assertTrue(checker.isKnown("tapsysteem"));
		assertFalse(checker.isKnown("handhavingsbriefx"));
		assertEquals(List.of("handhavingsbrief"), checker.suggestions("handhavingsbriefx"));
	}

	@Test
	void acronymsNumbersAndNamesInsideASentenceAreNotChecked() {
		assertEquals(List.of(), words(checker.check(
				"Heeft de AIVD de NZa en GroenLinks-PvdA over COVID-19 gesproken met Kathmann en Van der Werf?")));
	}

	@Test
	void aCapitalisedWordThatOpensASentenceOrAQuestionIsChecked() {
		assertEquals(List.of("Kamervargen", "Bnet"), words(checker.check("Kamervargen zijn gesteld. Bnet u bekend?")));
		assertEquals(List.of("Bnet"), words(checker.check("1. Bnet u bekend met het bericht?")));
		assertEquals(List.of("Bnet"), words(checker.check("Vraag 2\nBnet u bekend met het bericht?")));
	}

	@Test
	void quotedTitlesAndAddressesAreCitedAsPublishedAndNotChecked() {
		assertEquals(List.of(), words(checker.check(
				"Bent u bekend met het rapport \"Getting the balance right\" en met “Chat control explained” op "
						+ "https://example.eu/chatcontrol-faq of www.example.eu/detectionorders?")));
	}

	@Test
	void abbreviationsWithTheirFullStopAreKnownAndAWordsOwnFullStopIsNotPartOfIt() {
		assertEquals(List.of(), words(checker.check("In uw brief van 1 oktober jl. en nr. 114 staat het.")));
		List<Misspelling> found = checker.check("Het is ondertusen.");
		assertEquals(List.of(new Misspelling(7, 10, "ondertusen")), found);
	}

	@Test
	void offsetsPointAtTheWordInTheText() {
		String text = "Wat is de naleveing van de regels?";
		Misspelling m = checker.check(text).get(0);
		assertEquals("naleveing", text.substring(m.offset(), m.offset() + m.length()));
	}

	@Test
	void theCallersWordsAreKnownToo() throws IOException {
		SpellChecker withCorpus = new SpellChecker(Set.of("tapsysteem", "geitenstop")::contains);
		assertEquals(List.of("kamervargen"), words(withCorpus.check("Werkt het tapsysteem na de geitenstop en de kamervargen?")));
	}

	private static List<String> words(List<Misspelling> misspellings) {
		return misspellings.stream().map(Misspelling::word).toList();
	}
}
