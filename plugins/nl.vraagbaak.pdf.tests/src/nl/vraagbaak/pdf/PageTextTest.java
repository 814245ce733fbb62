package nl.vraagbaak.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which lines of a PDF's pages are page furniture and which are the text's own. */
class PageTextTest {

	@Test
	void aKamerstuksRunningHeadAndPageNumbersAreFurniture() {
		List<List<String>> pages = List.of(
				List.of("Tweede Kamer, vergaderjaar 2024–2025, 34 843, nr. 114 1", "1", "Is er een scenario denkbaar?",
						"Nederland erkent de urgentie."),
				List.of("Tweede Kamer, vergaderjaar 2024–2025, 34 843, nr. 114 2", "2", "Welke alternatieven zijn er?",
						"De AIVD gaf aan dat er geen zijn."),
				List.of("Tweede Kamer, vergaderjaar 2024–2025, 34 843, nr. 114 3", "3", "Wie geeft het bevel af?",
						"Een rechter."));
		PageText text = PageText.of(pages);
		assertEquals(List.of("Is er een scenario denkbaar?", "Nederland erkent de urgentie.", "Welke alternatieven zijn er?",
				"De AIVD gaf aan dat er geen zijn.", "Wie geeft het bevel af?", "Een rechter."), text.body());
		assertEquals("Tweede Kamer, vergaderjaar 2024–2025, 34 843, nr. 114 1", text.furniture().get(0));
	}

	@Test
	void aLineTheTextHasMoreOftenThanThereArePagesIsTheTexts() {
		List<List<String>> pages = List.of(
				List.of("Datum", "25 juli 2024", "Vraag 1", "Kent u het bericht?", "Antwoord op vraag 1", "Ja.", "Vraag 2",
						"Waarom niet?", "Pagina 1 van 2"),
				List.of("Datum", "25 juli 2024", "Vraag 3", "En nu?", "Antwoord op vraag 3", "Ja.", "Pagina 2 van 2"));
		PageText text = PageText.of(pages);
		assertEquals(List.of("Vraag 1", "Kent u het bericht?", "Antwoord op vraag 1", "Ja.", "Vraag 2", "Waarom niet?",
				"Vraag 3", "En nu?", "Antwoord op vraag 3", "Ja."), text.body());
		assertEquals(List.of("Datum", "25 juli 2024", "Pagina 1 van 2", "Pagina 2 van 2"), text.furniture());
	}

	@Test
	void aSinglePagesPageNumberIsFurnitureAndNothingElseIs() {
		PageText text = PageText.of(List.of(List.of("Geachte voorzitter,", "Hierbij de antwoorden.", "Pagina 1 van 1")));
		assertEquals(List.of("Geachte voorzitter,", "Hierbij de antwoorden."), text.body());
	}
}
