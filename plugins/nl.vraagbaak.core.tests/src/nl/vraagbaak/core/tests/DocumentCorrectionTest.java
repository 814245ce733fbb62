package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.DocumentCorrection;
import nl.vraagbaak.core.store.Importer;
import nl.vraagbaak.core.store.StoreException;

/**
 * Correcting a document's provenance: seed 002 is a letter that states neither its date nor a citation, so without a
 * correction it sorts last and a footnote can only name it by its first words.
 */
class DocumentCorrectionTest {
	private static final String LETTER = "002_2940103a23c4f475.txt";

	@Test
	void aCorrectionIsServedWithTheDocumentAndKeptApartFromIt(@TempDir Path data) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		Path documentFile = store.folder().resolve(LETTER + ".json");
		String storedBefore = Files.readString(documentFile);

		CorpusDocument corrected = store.correct(LETTER, DocumentCorrection.typed("Kabinetsinzet CSAM-verordening na het "
				+ "commissiedebat", "25 november 2025", "Kamerstuk 32317, nr. 980", ""));

		assertEquals(LocalDate.of(2025, 11, 25), corrected.date());
		assertEquals("Kamerstuk 32 317, nr. 980", corrected.citation().format());
		assertEquals("Kabinetsinzet CSAM-verordening na het commissiedebat", corrected.title());
		assertEquals(5, corrected.passages().size());
		assertEquals(corrected, store.document(LETTER).orElseThrow());
		assertTrue(store.documents().contains(corrected));
		assertEquals(storedBefore, Files.readString(documentFile), "the document's own file is left as it was read");
		assertEquals(new DocumentCorrection("Kabinetsinzet CSAM-verordening na het commissiedebat",
				LocalDate.of(2025, 11, 25), "Kamerstuk 32 317, nr. 980", null), store.correction(LETTER));
		assertEquals(List.of("title", "date", "citation"), store.correction(LETTER).fields());
	}

	@Test
	void importingTheFileAgainKeepsTheCorrection(@TempDir Path data) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		store.correct(LETTER, DocumentCorrection.typed(null, "25-11-2025", null, null));
		RecordingListener index = new RecordingListener();
		Path inbox = Files.createDirectory(data.resolve("inbox"));
		Files.copy(Fixtures.seed("002_"), inbox.resolve(LETTER));
		new Importer(store).addListener(index).importPaths(List.of(inbox), new NullProgressMonitor());
		assertEquals(LocalDate.of(2025, 11, 25), store.document(LETTER).orElseThrow().date());
		assertEquals(LocalDate.of(2025, 11, 25), index.stored.get(0).date(), "the search index is given the corrected document");
	}

	@Test
	void onlyWhatDiffersIsKeptAndAnEmptyCorrectionIsRemoved(@TempDir Path data) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		CorpusDocument list = store.document("001_4a688004c2e20cff.txt").orElseThrow();
		// the dialog hands back every field; the ones the document states itself are no correction
		store.correct(list.source(), new DocumentCorrection(list.title(), LocalDate.of(2024, 10, 9),
				list.citation().format(), null));
		assertEquals(new DocumentCorrection(null, LocalDate.of(2024, 10, 9), null, null), store.correction(list.source()));
		store.correct(list.source(), new DocumentCorrection(null, list.date(), null, null));
		assertEquals(DocumentCorrection.NONE, store.correction(list.source()));
		assertFalse(Files.exists(data.resolve("corrections").resolve(list.source() + ".json")));
		CorpusDocument again = store.document(list.source()).orElseThrow();
		assertEquals(List.of(list.title(), list.date(), list.citation()), List.of(again.title(), again.date(), again.citation()));
	}

	@Test
	void typedFieldsThatAreNoDateOrCitationAreRefusedByName() {
		IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
				() -> DocumentCorrection.typed(null, "31-11-2025", null, null));
		assertTrue(date.getMessage().startsWith("date / datum: not a date: 31-11-2025"), date.getMessage());
		IllegalArgumentException citation = assertThrows(IllegalArgumentException.class,
				() -> DocumentCorrection.typed(null, null, "brief van 18 november", null));
		assertTrue(citation.getMessage().startsWith("citation / vindplaats: not one citation: \"brief van 18 november\""),
				citation.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> DocumentCorrection.typed(null, null, "Kamerstuk 34 843, nr. 113 en een brief", null));
		assertEquals("Aanhangsel Handelingen II 2014/15, nr. 1241",
				DocumentCorrection.typed(null, null, "Aanhangsel Handelingen II 2014/15, nr. 1241.", null).citation());
	}

	@Test
	void correctingADocumentThatIsNotThereChangesNothing(@TempDir Path data) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		StoreException e = assertThrows(StoreException.class,
				() -> store.correct("onbekend.txt", DocumentCorrection.typed("x", null, null, null)));
		assertTrue(e.getMessage().startsWith("no document 'onbekend.txt' in the corpus"), e.getMessage());
		assertFalse(Files.exists(data.resolve("corrections")));
	}

	@Test
	void aDamagedCorrectionIsNamedWithItsLine(@TempDir Path data) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		store.correct(LETTER, DocumentCorrection.typed(null, "25-11-2025", null, null));
		Path file = data.resolve("corrections").resolve(LETTER + ".json");
		Files.writeString(file, "{\n  \"date\" : \"2025-13-01\"\n}");
		StoreException e = assertThrows(StoreException.class, store::documents);
		assertTrue(e.getMessage().startsWith(file + ": damaged correction, correct the document again"), e.getMessage());
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
	}
}
