package nl.vraagbaak.docx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.docx.WordDocumentReader;

/**
 * The eight real ministry answer documents. The question counts were taken by hand once: the "Vraag N" paragraphs
 * of each document's word/document.xml.
 */
class WordDocumentReaderTest {
	private static final WordDocumentReader READER = new WordDocumentReader();

	static Path fixture(String prefix) throws Exception {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("vraagbaak.docx.fixtures", "fixtures"), "answer-docx"))) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Beantwoording Kamervragen leden Mutluer|8",
			"Beantwoording Kamervragen van de leden Lahlah|9", "Beantwoording Kamervragen van de leden Temmink|10",
			"Beantwoording Kamervragen van het lid Eerdmans|3", "Beantwoording Kamervragen van het lid Teunissen|22",
			"Beantwoording Kamervragen van het lid Wassenberg|14", "Beantwoording van Kamervragen van de leden Mutluer|6",
			"Beantwoording van Kamervragen van het van het lid Beckerman|12" })
	void findsEveryQuestionWithItsAnswer(String prefix, int questions) throws Exception {
		CorpusDocument document = READER.read(fixture(prefix));
		assertEquals(questions, document.passages().size());
		assertEquals(IntStream.rangeClosed(1, questions).boxed().toList(),
				document.passages().stream().map(Passage::number).toList());
		for (Passage p : document.passages()) {
			assertTrue(p.question().length() > 10, prefix + " question " + p.number());
			assertTrue(!p.answer().isBlank(), prefix + " answer " + p.number());
			assertTrue(!p.answer().startsWith("Vraag "), prefix + " answer " + p.number());
		}
	}

	@Test
	void coverLetterAndTitleGiveProvenance() throws Exception {
		CorpusDocument wolvega = READER.read(fixture("Beantwoording Kamervragen leden Mutluer"));
		assertEquals("2024Z11859", wolvega.documentNumber());
		assertEquals("2024-07-25", String.valueOf(wolvega.date()), "from a text box in the page header");
		assertEquals("de voorgenomen sluiting van het politiebureau in Wolvega", wolvega.title());
		assertEquals("minister van Justitie en Veiligheid", wolvega.minister());
		assertEquals(List.of("Mutluer", "Lahlah (GroenLinks-PvdA)", "Boswijk (CDA)", "Helder (BBB)"), wolvega.askers());
		CorpusDocument nummer = READER.read(fixture("Beantwoording Kamervragen van de leden Temmink"));
		assertEquals("2023Z19677", nummer.documentNumber());
		assertEquals("2024-01-11", nummer.date().toString());
		assertEquals("Wassenberg (PvdD)",
				READER.read(fixture("Beantwoording Kamervragen van het lid Wassenberg")).askers().get(0));
	}

	@Test
	void questionAndAnswerTexts() throws Exception {
		CorpusDocument wolvega = READER.read(fixture("Beantwoording Kamervragen leden Mutluer"));
		Passage q1 = wolvega.passage(1).orElseThrow();
		assertTrue(q1.question().startsWith("Kent u de berichten “Weststellingwerf wil politiebureau overnemen”"));
		assertEquals("Ja.", q1.answer());
		// "Antwoord op vraag 3 en 8": both questions get that answer
		String merged = wolvega.passage(8).orElseThrow().answer();
		assertTrue(merged.startsWith("Het hoofdlijnenakkoord zal in de komende periode verder uitgewerkt worden"), merged);
		assertEquals(merged, wolvega.passage(3).orElseThrow().answer());
	}

	@Test
	void mergedAnswersAndCrossReferences() throws Exception {
		CorpusDocument milieu = READER.read(fixture("Beantwoording van Kamervragen van het van het lid Beckerman"));
		// "Antwoorden op vraag 3, 4, 5, 9 en 10"
		String answer3 = milieu.passage(3).orElseThrow().answer();
		for (int n : new int[] { 4, 5, 9, 10 }) {
			assertEquals(answer3, milieu.passage(n).orElseThrow().answer(), "question " + n);
		}
		assertTrue(milieu.passage(7).orElseThrow().crossReferences().stream().anyMatch(r -> r.target().number() == 9));
		CorpusDocument nummer = READER.read(fixture("Beantwoording Kamervragen van de leden Temmink"));
		assertTrue(nummer.passage(7).orElseThrow().crossReferences().stream().anyMatch(r -> r.target().number() == 4));
	}

	@Test
	void wordFootnotesAreKeptAndTheirCitationsRecognised() throws Exception {
		CorpusDocument milieu = READER.read(fixture("Beantwoording van Kamervragen van het van het lid Beckerman"));
		Passage q3 = milieu.passage(3).orElseThrow();
		assertTrue(q3.footnotes().stream().anyMatch(f -> f.text().equals("Kamerstukken II 2022/23, 29628, nr. 1139.")),
				q3.footnotes().toString());
		assertTrue(q3.citations().stream().anyMatch(c -> c.format().equals("Kamerstuk 29 628, nr. 1139")));
		assertTrue(milieu.passage(12).orElseThrow().citations().stream()
				.anyMatch(c -> c.format().equals("Aanhangsel Handelingen II 2022/23, nr. 1823")));
		Passage eerdmans = READER.read(fixture("Beantwoording Kamervragen van het lid Eerdmans")).passage(1).orElseThrow();
		assertTrue(eerdmans.citations().stream().anyMatch(c -> c.format().equals("Aanhangsel Handelingen II 2023/24, nr. 1121")));
	}

	/**
	 * A paragraph "1) ..." in an answer is an enumeration: Word keeps its footnotes apart. Before, it was taken
	 * for the start of the footnotes and every later question was lost.
	 */
	@Test
	void anEnumeratedParagraphIsNotAFootnote(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("beantwoording.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String paragraph : List.of("Antwoorden van de minister van Justitie en Veiligheid op vragen van het lid"
					+ " Jansen over de verkenning", "Vraag 1", "Welke stappen zet u?", "Antwoord op vraag 1",
					"Het kabinet zet twee stappen:", "1) een verkenning van de mogelijkheden;", "2) een wetsvoorstel.",
					"Vraag 2", "Wanneer ontvangt de Kamer het wetsvoorstel?", "Antwoord op vraag 2", "Voor de zomer.")) {
				document.createParagraph().createRun().setText(paragraph);
			}
			document.write(out);
		}
		CorpusDocument read = READER.read(file);
		assertEquals(2, read.passages().size());
		assertTrue(read.passage(1).orElseThrow().answer().contains("1) een verkenning van de mogelijkheden;"));
		assertTrue(read.passage(1).orElseThrow().footnotes().isEmpty());
		assertEquals("Voor de zomer.", read.passage(2).orElseThrow().answer());
	}
}
