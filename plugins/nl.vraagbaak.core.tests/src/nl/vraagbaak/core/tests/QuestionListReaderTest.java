package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Footnote;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.PassageRef;

/** Seed 001: the committee's list of 102 questions and answers, as extracted from its PDF. */
class QuestionListReaderTest {
	private static CorpusDocument list;

	@BeforeAll
	static void read() throws Exception {
		list = Fixtures.readSeed("001_");
	}

	@Test
	void finds102QuestionsNumberedInOrder() {
		assertEquals(DocumentKind.QUESTION_LIST, list.kind());
		assertEquals(102, list.passages().size());
		for (int i = 0; i < 102; i++) {
			assertEquals(i + 1, list.passages().get(i).number());
			assertTrue(list.passages().get(i).question().endsWith("?"), "question " + (i + 1));
			assertFalse(list.passages().get(i).answer().isBlank(), "answer " + (i + 1));
		}
	}

	@Test
	void provenanceFromTheHeader() {
		assertEquals("Kamerstuk 34 843, nr. 114", list.citation().format());
		assertEquals(LocalDate.of(2024, 10, 8), list.date());
		assertEquals("minister van Justitie en Veiligheid", list.minister());
		assertEquals("Lijst van vragen en antwoorden", list.title());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"1|Nederland erkent de urgentie|van de agenda van de JBZ-Raad te halen.",
			"68|Op grond van de vrijwillige Notice-and-Take-Down-procedure moet|opgenomen termijn in de regel een korte zijn.",
			"81|Het huidige kabinetsstandpunt is geformuleerd|zullen we dat binnen het kabinet opnieuw afwegen.",
			"102|Het is aan het Poolse voorzitterschap|aan het verdere proces rond deze verordening." })
	void answersAreCompleteAcrossPageBreaks(int number, String start, String end) {
		String answer = list.passage(number).orElseThrow().answer();
		assertTrue(answer.startsWith(start), answer);
		assertTrue(answer.endsWith(end), answer);
	}

	@Test
	void aNumberAloneOnItsLineStartsQuestion81() {
		assertTrue(list.passage(81).orElseThrow().question()
				.startsWith("Welke voorstellen ter verbetering van het compromisvoorstel"));
	}

	@Test
	void aLineStartingWithANumberInsideAnAnswerIsNoQuestion() {
		assertTrue(list.passage(68).orElseThrow().answer().contains("binnen 24 uur na een melding door Offlimits"));
		assertEquals("Hoelang hebben bedrijven op dit moment om materiaal te verwijderen?",
				list.passage(68).orElseThrow().question());
	}

	@Test
	void footnoteBlocksLeaveTheTextAndStayWithTheirPassage() {
		Passage q18 = list.passage(18).orElseThrow();
		assertEquals(List.of("1", "2"), q18.footnotes().stream().map(Footnote::label).toList());
		assertEquals("Kamerstuk 26 643, nr. 1069", q18.footnotes().get(0).text());
		assertFalse(q18.answer().contains("Kamerstuk 26 643, nr. 1069"));
		assertFalse(q18.answer().contains("parlementairemonitor"), "page furniture is not text");
		// footnote 6 is printed between question 27 and its answer but belongs to answer 26, which carries its mark
		assertEquals("6", list.passage(26).orElseThrow().footnotes().get(0).label());
		assertTrue(list.passage(27).orElseThrow().footnotes().isEmpty());
		assertTrue(list.passage(27).orElseThrow().answer().startsWith("Bij het formuleren van het kabinetsstandpunt"));
		Passage q100 = list.passage(100).orElseThrow();
		assertTrue(q100.answer().contains("eindpunt-naar-eindpunt beveiligd en gedurende het transport niet leesbaar."),
				q100.answer());
	}

	@Test
	void crossReferencesResolveToTheReferencedAnswer() {
		Passage q25 = list.passage(25).orElseThrow();
		assertTrue(q25.answer().startsWith("Zie hiervoor mijn brief van 1 oktober jl."));
		assertTrue(q25.crossReferences().stream()
				.anyMatch(r -> new PassageRef("001_4a688004c2e20cff.txt", 24).equals(r.target())));
		assertTrue(q25.crossReferences().stream().anyMatch(r -> LocalDate.of(2024, 10, 1).equals(r.letterDate())));
	}

	@Test
	void hyphenatedLineBreaksAreJoined() {
		assertTrue(list.passage(4).orElseThrow().question().contains("(CSAM-verordening)"));
		assertTrue(list.passage(26).orElseThrow().question().contains("acceptabele foutmarge"));
	}
}
