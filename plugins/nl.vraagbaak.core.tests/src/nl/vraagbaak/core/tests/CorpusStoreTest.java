package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.PassageRef;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.DocumentCorrection;
import nl.vraagbaak.core.store.ImportReport;
import nl.vraagbaak.core.store.Importer;
import nl.vraagbaak.core.store.StoreException;

/** The JSON corpus store: seeding, replacing on re-import, and bad input that changes nothing. */
class CorpusStoreTest {

	@Test
	void freshDataFolderIsSeededWithTheFiveSeeds(@TempDir Path data) throws Exception {
		List<CorpusDocument> documents = CorpusStore.open(data).documents();
		assertEquals(List.of("000_324ef9aa5f44c5fb.txt", "001_4a688004c2e20cff.txt", "002_2940103a23c4f475.txt",
				"003_d79323f239d0a9a4.txt", "004_7b21e46fa3f5df7d.txt"),
				documents.stream().map(CorpusDocument::source).toList());
		assertEquals(102, documents.get(1).passages().size());
	}

	@Test
	void documentsSurviveTheJsonRoundTrip(@TempDir Path data) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		assertEquals(Fixtures.readSeed("004_"), store.document("004_7b21e46fa3f5df7d.txt").orElseThrow());
	}

	@Test
	void importingTheSameFileAgainReplacesItsDocument(@TempDir Path data) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		Importer importer = new Importer(store);
		importer.importPaths(List.of(Fixtures.seed("004_")), new NullProgressMonitor());
		ImportReport again = importer.importPaths(List.of(Fixtures.seed("004_")), new NullProgressMonitor());
		assertEquals(1, again.imported().size());
		assertEquals(5, store.documents().size());
	}

	@Test
	void letterReferencesOfTheSeedsAreResolvedInAFreshDataFolder(@TempDir Path data) throws Exception {
		CorpusDocument list = CorpusStore.open(data).document("001_4a688004c2e20cff.txt").orElseThrow();
		assertTrue(list.passage(25).orElseThrow().crossReferences().stream()
				.anyMatch(r -> new PassageRef("000_324ef9aa5f44c5fb.txt", 1).equals(r.target())));
	}

	@Test
	void removingADocumentTakesItsCorrectionAndTheReferencesToItAlong(@TempDir Path data) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		store.correct("000_324ef9aa5f44c5fb.txt", DocumentCorrection.typed("Positie Nederland", null, null, null));
		store.remove("000_324ef9aa5f44c5fb.txt");
		assertEquals(4, store.documents().size());
		assertTrue(store.document("000_324ef9aa5f44c5fb.txt").isEmpty());
		assertEquals(DocumentCorrection.NONE, store.correction("000_324ef9aa5f44c5fb.txt"));
		// 001 question 25 referred to the letter of 1 October by its date: now to nothing in the corpus
		CorpusDocument list = store.document("001_4a688004c2e20cff.txt").orElseThrow();
		assertTrue(list.passage(25).orElseThrow().crossReferences().stream()
				.allMatch(r -> r.target() == null || !r.target().source().equals("000_324ef9aa5f44c5fb.txt")));
		StoreException unknown = assertThrows(StoreException.class, () -> store.remove("000_324ef9aa5f44c5fb.txt"));
		assertTrue(unknown.getMessage().startsWith("no document '000_324ef9aa5f44c5fb.txt' in the corpus"), unknown.getMessage());
	}

	/** The workbench's undo of a removal: the document, its correction and the references to it come back. */
	@Test
	void aRemovedDocumentIsRestoredWithItsCorrectionAndTheReferencesToIt(@TempDir Path data) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		CorpusDocument before = store.correct("000_324ef9aa5f44c5fb.txt",
				DocumentCorrection.typed("Positie Nederland", null, null, null));

		CorpusDocument restored = store.restore(store.takeOut("000_324ef9aa5f44c5fb.txt"));

		assertEquals(before, restored);
		assertEquals(before, store.document("000_324ef9aa5f44c5fb.txt").orElseThrow());
		assertEquals("Positie Nederland", store.correction("000_324ef9aa5f44c5fb.txt").title());
		CorpusDocument list = store.document("001_4a688004c2e20cff.txt").orElseThrow();
		assertTrue(list.passage(25).orElseThrow().crossReferences().stream()
				.anyMatch(r -> new PassageRef("000_324ef9aa5f44c5fb.txt", 1).equals(r.target())),
				"question 25 of 001 refers to the letter of 1 October again");
	}

	@Test
	void letterReferencesResolveAgainstTheStore(@TempDir Path data) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		new Importer(store).importPaths(List.of(Fixtures.seed("001_")), new NullProgressMonitor());
		CorpusDocument list = store.document("001_4a688004c2e20cff.txt").orElseThrow();
		assertTrue(list.passage(25).orElseThrow().crossReferences().stream()
				.anyMatch(r -> new PassageRef("000_324ef9aa5f44c5fb.txt", 1).equals(r.target())));
	}

	@Test
	void aDamagedCorpusFileIsNamedWithTheLineAndColumnOfTheDamage(@TempDir Path data) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		Path file = store.folder().resolve("004_7b21e46fa3f5df7d.txt.json");
		Files.writeString(file, "{\n  \"source\" : \"004_7b21e46fa3f5df7d.txt\",\n  \"kind\" : ");
		StoreException e = assertThrows(StoreException.class, store::documents);
		assertTrue(e.getMessage().startsWith(file + ": damaged corpus file, import its source again"), e.getMessage());
		assertTrue(e.getMessage().matches("(?s).*: line 3, column \\d+: Unexpected end-of-input.*"), e.getMessage());
		assertFalse(e.getMessage().contains("[Source"), "no Jackson input description: " + e.getMessage());
	}

	@Test
	void badFilesAreReportedAndTheRestIsImported(@TempDir Path data, @TempDir Path inbox) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		Files.writeString(inbox.resolve("leeg.txt"), "");
		Files.write(inbox.resolve("latin1.txt"), "Aan de Voorzitter\nDen Haag, 1 mei 2024\n\nDe caf\u00e9".getBytes("ISO-8859-1"));
		Files.write(inbox.resolve("plaatje.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		Files.writeString(inbox.resolve("boodschappen.txt"), "melk\nbrood\n");
		Files.copy(Fixtures.seed("002_"), inbox.resolve("brief.txt"));
		store.remove(Fixtures.seed("002_").getFileName().toString()); // else brief.txt is skipped as the same letter
		List<String> before = Files.list(store.folder()).map(Path::toString).sorted().toList();

		ImportReport report = new Importer(store).importPaths(List.of(inbox, inbox.resolve("bestaat-niet.txt")),
				new NullProgressMonitor());

		assertEquals(List.of("brief.txt"), report.imported().stream().map(ImportReport.Imported::source).toList());
		List<String> messages = report.failures().stream().map(ImportReport.Failure::message).sorted().toList();
		assertEquals(5, messages.size(), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.startsWith(inbox.resolve("leeg.txt") + ": empty file")));
		assertTrue(messages.stream().anyMatch(m -> m.startsWith(inbox.resolve("latin1.txt") + ":4: not UTF-8")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.startsWith(inbox.resolve("plaatje.png") + ": unknown format")));
		assertTrue(messages.stream().anyMatch(m -> m.startsWith(inbox.resolve("boodschappen.txt") + ": unknown format")));
		assertTrue(messages.stream().anyMatch(m -> m.contains("bestaat-niet.txt: no such file")));
		// the workbench says them in Dutch
		List<String> dutch = report.failures().stream().map(f -> f.message(Locale.forLanguageTag("nl-NL"))).toList();
		assertTrue(dutch.contains(inbox.resolve("leeg.txt") + ": leeg bestand"), dutch.toString());
		assertTrue(dutch.stream().anyMatch(m -> m.startsWith(inbox.resolve("latin1.txt") + ":4: geen UTF-8-tekst")));
		assertTrue(dutch.stream().anyMatch(m -> m.startsWith(inbox.resolve("plaatje.png") + ": onbekend formaat: geen lijst")));
		assertTrue(dutch.stream().anyMatch(m -> m.endsWith("bestaat-niet.txt: bestand of map bestaat niet")));
		List<String> after = Files.list(store.folder()).map(Path::toString).sorted().toList();
		assertEquals(before.size() + 1, after.size(), "only the good file was added");
	}

	@Test
	void theSameDocumentUnderAnotherNameIsSkippedAndNamed(@TempDir Path data, @TempDir Path inbox) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		Files.copy(Fixtures.seed("004_"), inbox.resolve("antwoorden.txt"));
		Files.copy(Fixtures.seed("000_"), inbox.resolve("brief.txt"));
		Files.copy(Fixtures.fixture("vragen-2025Z20154.txt"), inbox.resolve("vragen-a.txt"));
		Files.copy(Fixtures.fixture("vragen-2025Z20154.txt"), inbox.resolve("vragen-b.txt"));

		ImportReport report = new Importer(store).importPaths(List.of(inbox), new NullProgressMonitor());

		assertEquals(List.of("vragen-a.txt"), report.imported().stream().map(ImportReport.Imported::source).toList());
		assertEquals(List.of(new ImportReport.Skipped(inbox.resolve("antwoorden.txt"), "004_7b21e46fa3f5df7d.txt"),
				new ImportReport.Skipped(inbox.resolve("brief.txt"), "000_324ef9aa5f44c5fb.txt"),
				new ImportReport.Skipped(inbox.resolve("vragen-b.txt"), "vragen-a.txt")), report.skipped(),
				"seed 004 and letter 000 under other names, and a file of this same import");
		assertTrue(report.failures().isEmpty());
		assertEquals(6, store.documents().size());
	}

	@Test
	void answersImportedTakeOutTheQuestionsTheyAnswer(@TempDir Path data, @TempDir Path inbox) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		store.remove("004_7b21e46fa3f5df7d.txt");
		new Importer(store).importPaths(List.of(Fixtures.fixture("vragen-2025Z20154.txt")), new NullProgressMonitor());
		Files.copy(Fixtures.seed("004_"), inbox.resolve("antwoorden.txt"));
		RecordingListener index = new RecordingListener();

		ImportReport report = new Importer(store).addListener(index).importPaths(List.of(inbox), new NullProgressMonitor());

		assertEquals(List.of(new ImportReport.Answered("vragen-2025Z20154.txt", "antwoorden.txt")), report.answered(),
				"the answers repeat the first question: the questions wait no longer");
		assertTrue(store.document("vragen-2025Z20154.txt").isEmpty());
		assertEquals(List.of("vragen-2025Z20154.txt"), index.removed, "the index is told");
	}

	@Test
	void cancellingKeepsWhatWasImportedAndNamesTheFilesLeftOut(@TempDir Path data, @TempDir Path inbox) throws Exception {
		CorpusStore store = CorpusStore.open(data);
		Files.copy(Fixtures.seed("002_"), inbox.resolve("a-brief.txt"));
		Files.copy(Fixtures.seed("004_"), inbox.resolve("b-antwoorden.txt"));
		store.remove(Fixtures.seed("002_").getFileName().toString()); // else a-brief.txt is skipped as the same letter
		// cancelled once the first file is stored, as a user pressing Cancel during the import
		NullProgressMonitor monitor = new NullProgressMonitor();
		ImportReport report = new Importer(store).addListener(new RecordingListener(() -> monitor.setCanceled(true)))
				.importPaths(List.of(inbox), monitor);

		assertTrue(report.wasCancelled());
		assertEquals(List.of("a-brief.txt"), report.imported().stream().map(ImportReport.Imported::source).toList());
		assertEquals(List.of(inbox.resolve("b-antwoorden.txt")), report.notImported());
		assertTrue(store.document("a-brief.txt").isPresent(), "the file imported before cancel stays stored");
	}
}
