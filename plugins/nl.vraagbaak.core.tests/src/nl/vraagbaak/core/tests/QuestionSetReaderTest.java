package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.read.CorpusReadException;

/**
 * A question set as published before it is answered: fixtures/vragen-2025Z20154.txt holds the real questions and
 * footnotes of seed 004 (answered 21 November 2025) under the heading they were handed in with, laid out as the House
 * publishes a "Schriftelijke vragen" document (the heading wrapped as a PDF's text wraps it).
 */
class QuestionSetReaderTest {

	@Test
	void eachQuestionIsAPassageWithoutAnAnswerAndTheHeadingGivesItsProvenance() throws Exception {
		CorpusDocument set = CorpusFormats.read(Fixtures.fixture("vragen-2025Z20154.txt"));

		assertEquals(DocumentKind.QUESTIONS, set.kind());
		assertEquals("Europese ontwikkelingen rondom chatcontrole", set.title());
		assertEquals(LocalDate.of(2025, 11, 13), set.date());
		assertEquals("2025Z20154", set.documentNumber());
		assertEquals(List.of("Kathmann (GroenLinks-PvdA)"), set.askers());
		assertEquals("de minister van Justitie en Veiligheid en de staatssecretaris van Binnenlandse Zaken en "
				+ "Koninkrijksrelaties", set.minister());
		assertEquals(10, set.passages().size());
		assertTrue(set.passages().stream().allMatch(p -> p.hasQuestion() && p.answer().isEmpty()));
		Passage aivd = set.passage(8).orElseThrow();
		assertTrue(aivd.question().startsWith("Heeft u, net als bij het Poolse voorstel in 2024, advies ingewonnen"));
		assertTrue(aivd.question().endsWith("voordat er een definitief standpunt wordt bepaald?"), aivd.question());
		Passage withMotion = set.passage(5).orElseThrow();
		assertEquals("Kamerstuk 32317, nr. 891", withMotion.footnotes().get(0).text());
		assertTrue(withMotion.citations().stream().anyMatch(c -> c.format().equals("Kamerstuk 32 317, nr. 891")));
		assertTrue(set.passage(10).orElseThrow().question().startsWith("Kunt u deze vragen afzonderlijk"),
				"a request without a question mark is still the question");
	}

	@Test
	void theAnswersToTheSameQuestionsAreStillReadAsAnswers() throws Exception {
		assertEquals(DocumentKind.WRITTEN_ANSWERS, Fixtures.readSeed("004").kind());
	}

	@ParameterizedTest
	@ValueSource(strings = { "1. ", "Vraag 1 " })
	void aDraftInVraagbaaksFormIsAQuestionSetToo(String numbering, @TempDir Path temp) throws Exception {
		String second = numbering.replace("1", "2");
		Path file = written(temp.resolve("collega.kv"), "over het advies van de AIVD over chatcontrole.\n\n" + numbering + "Heeft u de AIVD om advies gevraagd "
				+ "over het Deense compromisvoorstel? [1]\n\n" + second + "Hoeveel nieuwe woningen worden er dit jaar in "
				+ "Zeeland gebouwd?\n\n[1] Kamerstuk 32 317, nr. 891.\n\n% negeer: 004_7b21e46fa3f5df7d.txt#8\n");

		CorpusDocument set = CorpusFormats.read(file);

		assertEquals(DocumentKind.QUESTIONS, set.kind());
		assertEquals("het advies van de AIVD over chatcontrole", set.title());
		assertEquals(List.of("Kathmann (GroenLinks-PvdA)"), set.askers());
		assertEquals(2, set.passages().size());
		Passage first = set.passage(1).orElseThrow();
		assertEquals("Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel? [1]", first.question());
		assertEquals("Kamerstuk 32 317, nr. 891.", first.footnotes().get(0).text());
		assertEquals("Hoeveel nieuwe woningen worden er dit jaar in Zeeland gebouwd?", set.passage(2).orElseThrow().question(),
				"the footnote and the directive are not part of the last question");
	}

	/** Three addressees are named as the heading names them, not "X en Y en Z". */
	@Test
	void severalAddresseesAreEnumeratedAsInTheHeading(@TempDir Path temp) throws Exception {
		Path file = Files.writeString(temp.resolve("drie.kv"), "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de "
				+ "minister van Justitie en Veiligheid, de minister van Economische Zaken en de staatssecretaris van "
				+ "Financi\u00ebn over chatcontrole.\n\n1. Bent u bekend met het compromisvoorstel?\n");

		CorpusDocument set = CorpusFormats.read(file);

		assertEquals("de minister van Justitie en Veiligheid, de minister van Economische Zaken en de staatssecretaris "
				+ "van Financi\u00ebn", set.minister());
	}

	@Test
	void aDraftWithAnErrorIsRefusedWithTheDraftsMessageAndLine(@TempDir Path temp) throws Exception {
		Path file = written(temp.resolve("collega.kv"), "over chatcontrole.\n\n1. Bent u bekend met het compromisvoorstel? [2]\n\n[1] Consilium.\n");

		CorpusReadException e = assertThrows(CorpusReadException.class, () -> CorpusFormats.read(file));

		assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
	}

	@Test
	void aHeadingThatIsNotOneIsNamedWithItsLine(@TempDir Path temp) throws Exception {
		Path file = temp.resolve("vragen.txt");
		Files.writeString(file, "2025Z20154\n\nVragen van het lid Kathmann (GroenLinks-PvdA) over chatcontrole.\n\n"
				+ "Vraag 1\nBent u bekend met het compromisvoorstel?\n");

		CorpusReadException e = assertThrows(CorpusReadException.class, () -> CorpusFormats.read(file));

		assertTrue(e.getMessage().contains("vragen.txt:3: heading must read"), e.getMessage());
	}

	/** A file of a question set by Kathmann to the minister of Justice, its text after "... Veiligheid ". */
	private static Path written(Path file, String rest) throws Exception {
		return Files.writeString(file, "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en "
				+ "Veiligheid " + rest);
	}
}
