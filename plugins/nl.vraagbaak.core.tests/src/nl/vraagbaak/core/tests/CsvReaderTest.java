package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.read.CorpusReadException;

/** The Kamervragen CSV: 2,033 real questions with their answers; cells span lines. */
class CsvReaderTest {

	@Test
	void readsEveryRowAsAPassage() throws Exception {
		CorpusDocument csv = CorpusFormats.read(Fixtures.fixture("kamervragen-sample.csv"));
		assertEquals("kamervragen-sample.csv", csv.source());
		assertEquals(2033, csv.passages().size());
		Passage first = csv.passages().get(0);
		assertEquals(1, first.number());
		assertEquals("Deelt u onze grote zorgen over de grote toename van mensen met ernstige gehoorschade en het feit "
				+ "dat deze groep steeds jonger wordt? Zo ja, welke acties hebt u ondernomen om dit tegen te gaan? Zo "
				+ "nee, waarom niet?", first.question());
		assertTrue(first.answer().startsWith("Ja, ik deel uw zorgen."));
		assertTrue(first.answer().endsWith("onderzoek uitgevoerd."), "the 'negative' column is ignored");
		assertEquals(2033, csv.passages().get(2032).number());
	}

	@Test
	void truncatedCsvNamesTheLine(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("kapot.csv");
		Files.writeString(file, ",Unnamed: 0,anchor,positive,negative\n1,1,\"Vraag?\",\"Antwoord.\",\"x\"\n2,2,\"Nog een\nvraag?\",\"Afgebroken");
		CorpusReadException e = assertThrows(CorpusReadException.class, () -> CorpusFormats.read(file));
		assertEquals(4, e.line(), "the line where the unclosed quoted cell starts");
		assertTrue(e.getMessage().startsWith(file + ":4: truncated CSV"), e.getMessage());
	}

	@Test
	void rowWithMissingCellsNamesTheLine(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("kort.csv");
		Files.writeString(file, ",Unnamed: 0,anchor,positive,negative\n1,1,\"Vraag?\",\"Antwoord.\",\"x\"\n2,2,\"Vraag?\"\n");
		CorpusReadException e = assertThrows(CorpusReadException.class, () -> CorpusFormats.read(file));
		assertEquals(3, e.line());
	}
}
