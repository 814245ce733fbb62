package nl.vraagbaak.opendata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.store.CorpusListener;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.Importer;
import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.docx.WordDocumentReader;
import nl.vraagbaak.opendata.OpenDataSync;
import nl.vraagbaak.opendata.SyncReport;
import nl.vraagbaak.opendata.testing.FakeOpenDataService;
import nl.vraagbaak.opendata.testing.FakeOpenDataService.Answer;
import nl.vraagbaak.pdf.PdfReader;

/**
 * A sync against a local stand-in for the open-data service, serving the pages of fixtures/ and real answer
 * documents as the files: what is stored, with which provenance, what is reported, and how a later, cancelled or
 * interrupted sync goes on.
 */
class OpenDataSyncTest {
	private static final String WOLVEGA_ID = "5e0c7a52-9a1f-4c8e-b0d4-2f6b1c3a9e01";
	private static final String OLD_WORD_ID = "9b3e6d10-2f4a-4c5b-8d7e-1a0f9c8b7e63";
	private static final String CHAT_CONTROL_ID = "e2a9c4f7-1b5d-4e8a-a3c6-8f0d2b4e6a84";
	private static final String SEED_004 = "004_7b21e46fa3f5df7d.txt";
	private static final List<Duration> NO_WAITS = List.of(Duration.ZERO, Duration.ZERO);
	private static final String WOLVEGA_DOCX = "Beantwoording Kamervragen leden Mutluer (GL-PvdA) et al. over de "
			+ "voorgenomen sluiting van het politiebureau in Wolvega (1).docx";

	@TempDir
	Path data;
	private FakeOpenDataService service;
	private CorpusStore store;
	private final List<String> told = new ArrayList<>();

	@BeforeAll
	static void registerReaders() {
		CorpusFormats.register(new WordDocumentReader());
		CorpusFormats.register(new PdfReader());
	}

	@BeforeEach
	void start() throws Exception {
		service = new FakeOpenDataService();
		store = CorpusStore.open(data);
		// the PDF served as the chat-control answers is seed 004's text: with the seed in the corpus it is skipped as
		// already there (tested on its own below)
		store.remove(SEED_004);
	}

	@AfterEach
	void stop() throws IOException {
		service.close();
	}

	@Test
	void aFirstSyncStoresTheAnswersWithTheProvenanceTheOpenDataRegisters() throws Exception {
		serveFirstPages();

		SyncReport report = sync(null);

		assertEquals(List.of("tk-2024D30120.docx", "tk-2025D51234.pdf"),
				report.stored().stream().map(SyncReport.Stored::source).toList());
		CorpusDocument wolvega = store.document("tk-2024D30120.docx").orElseThrow();
		assertEquals(DocumentKind.WRITTEN_ANSWERS, wolvega.kind());
		assertEquals(8, wolvega.passages().size());
		assertEquals("2024Z11859", wolvega.documentNumber());
		assertEquals(LocalDate.of(2024, 7, 25), wolvega.date());
		assertEquals("Aanhangsel Handelingen II 2023/24, nr. 2250", wolvega.citation().format());
		assertEquals(List.of("Mutluer (GroenLinks-PvdA)", "Lahlah (GroenLinks-PvdA)", "Boswijk (CDA)", "Helder (BBB)"),
				wolvega.askers(), "the Indiener first, a deleted actor left out");
		assertTrue(wolvega.title().endsWith("over de voorgenomen sluiting van het politiebureau in Wolvega"));

		CorpusDocument chatControl = store.document("tk-2025D51234.pdf").orElseThrow();
		assertEquals(10, chatControl.passages().size());
		assertEquals("2025Z20154", chatControl.documentNumber());
		assertEquals(LocalDate.of(2025, 11, 21), chatControl.date());
		assertNull(chatControl.citation(), "no Aanhangselnummer, and the text cites itself nowhere");
		assertEquals(List.of("Kathmann (GroenLinks-PvdA)"), chatControl.askers());

		assertEquals(1, report.failures().size());
		String failure = report.failures().get(0).reason().text();
		assertTrue(failure.startsWith("2025D40007 (Antwoord schriftelijke vragen): unknown format"), failure);
		// the workbench's summary says it in Dutch
		String dutch = report.failures().get(0).reason().in(Locale.forLanguageTag("nl-NL"));
		assertTrue(dutch.startsWith("2025D40007 (Antwoord schriftelijke vragen): onbekend formaat: geen lijst"), dutch);
		assertEquals(List.of("stored tk-2024D30120.docx", "stored tk-2025D51234.pdf"), told);
		assertEquals(OffsetDateTime.parse("2025-11-22T07:45:10.25+01:00"), report.lastChange());
		assertFalse(report.wasCancelled());
		assertNull(report.stoppedBecause());
	}

	@Test
	void theFirstPageAsksForTheAnswerKindsChangedSinceAYearAgoWithCaseAndActors() throws Exception {
		serveFirstPages();

		LocalDate aYearAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(OpenDataSync.FIRST_SYNC_DAYS).toLocalDate();
		sync(null);

		String first = service.asked().get(0);
		assertTrue(first.startsWith("/OData/v4/2.0/Document?$filter=(Soort eq 'Antwoord schriftelijke vragen' or "
				+ "Soort eq 'Antwoord schriftelijke vragen (nader)' or Soort eq 'Lijst van vragen en antwoorden' or "
				+ "Soort eq 'Verslag houdende een lijst van vragen en antwoorden' or Soort eq 'Schriftelijke vragen') and "
				+ "GewijzigdOp ge " + aYearAgo + "T"), first);
		assertTrue(first.endsWith("&$expand=Zaak($expand=ZaakActor),DocumentActor&$orderby=GewijzigdOp&$count=true"), first);
		assertTrue(service.asked().contains("/OData/v4/2.0/Document(" + WOLVEGA_ID + ")/resource"));
		assertTrue(service.asked().stream().anyMatch(a -> a.contains("$skiptoken=2")), "the next page was fetched");
	}

	@Test
	void aLaterSyncGoesOnFromTheLastChangeSkipsWhatIsUnchangedAndTakesOutWhatWasDeleted() throws Exception {
		serveFirstPages();
		sync(null);
		service.answers = request -> request.contains("/resource") ? Answer.status(500)
				: service.page(fixture("answers-changes.json"));
		told.clear();

		SyncReport later = sync(null);

		assertTrue(service.asked().get(service.asked().size() - 1).contains("GewijzigdOp ge 2025-11-22T06:45:10.25Z"),
				"resumes at the newest change the first sync took in");
		assertEquals(1, later.unchanged(), "the chat-control answers, served again unchanged, are not fetched again");
		assertEquals(List.of("tk-2024D30120.docx: deleted in the open data"), removed(later));
		assertTrue(store.document("tk-2024D30120.docx").isEmpty());
		assertTrue(store.document("tk-2025D51234.pdf").isPresent());
		assertEquals(List.of("removed tk-2024D30120.docx"), told);
		assertTrue(later.complete());
	}

	/** `vraagbaak remove` has no undo: looking back to a synced document removed by hand brings it back. */
	@Test
	void aSyncedDocumentRemovedByHandComesBackWhenASyncLooksBackToIt() throws Exception {
		serveFirstPages();
		sync(null);
		store.remove("tk-2025D51234.pdf");
		told.clear();

		SyncReport again = sync(OffsetDateTime.parse("2025-01-01T00:00:00Z"));

		assertEquals(List.of("tk-2025D51234.pdf"), again.stored().stream().map(SyncReport.Stored::source).toList());
		assertEquals(1, again.unchanged(), "the Wolvega answers, still in the corpus, are not fetched again");
		assertEquals(10, store.document("tk-2025D51234.pdf").orElseThrow().passages().size());
		assertEquals(List.of("stored tk-2025D51234.pdf"), told);
	}

	@Test
	void questionsNotYetAnsweredAreStoredAndMakeWayForTheirAnswers() throws Exception {
		service.answers = request -> request.contains("/resource") ? questionSetFile()
				: service.page(fixture("questions-page.json"));

		SyncReport asked = sync(null);

		assertEquals(List.of("tk-2025D49876.txt"), asked.stored().stream().map(SyncReport.Stored::source).toList());
		CorpusDocument questions = store.document("tk-2025D49876.txt").orElseThrow();
		assertEquals(DocumentKind.QUESTIONS, questions.kind());
		assertEquals(10, questions.passages().size());
		assertEquals("2025Z20154", questions.documentNumber());
		assertEquals(LocalDate.of(2025, 11, 13), questions.date());

		serveFirstPages();
		SyncReport answered = sync(null);

		assertTrue(answered.stored().stream().anyMatch(s -> s.source().equals("tk-2025D51234.pdf")));
		assertEquals(List.of("tk-2025D49876.txt: answered in tk-2025D51234.pdf"), removed(answered));
		assertEquals("beantwoord in tk-2025D51234.pdf", answered.removed().get(0).reason().in(Locale.forLanguageTag("nl")));
		assertTrue(store.document("tk-2025D49876.txt").isEmpty());
		assertTrue(told.contains("removed tk-2025D49876.txt"), told.toString());

		Path changedAgain = data.resolve("questions-changed.json");
		Files.writeString(changedAgain, Files.readString(fixture("questions-page.json")).replace("16:20:00", "16:25:00"));
		service.answers = request -> request.contains("/resource") ? questionSetFile() : service.page(changedAgain);
		SyncReport again = sync(OffsetDateTime.parse("2025-01-01T00:00:00Z"));
		assertEquals(List.of("2025D49876: answered in tk-2025D51234.pdf"), skipped(again),
				"questions changed again after their answers came are not stored again");
	}

	@Test
	void questionsOfAClosedCaseAreNotFetched() throws Exception {
		Path closed = data.resolve("questions-closed.json");
		Files.writeString(closed, Files.readString(fixture("questions-page.json")).replace("\"Afgedaan\": false",
				"\"Afgedaan\": true"));
		service.answers = request -> request.contains("/resource") ? questionSetFile() : service.page(closed);

		SyncReport report = sync(null);

		assertEquals(List.of("2025D49876: answered: the case is closed in the open data"), skipped(report));
		assertTrue(service.asked().stream().noneMatch(a -> a.contains("/resource")), service.asked().toString());
	}

	private static Answer questionSetFile() {
		return Answer.file("text/plain", Path.of(System.getProperty("vraagbaak.fixtures"), "vragen-2025Z20154.txt"));
	}

	@Test
	void answersAlreadyImportedFromTheirWordFileAreNotStoredTwice() throws Exception {
		new Importer(store).importPaths(List.of(docxFixture()), new NullProgressMonitor());
		serveFirstPages();

		SyncReport report = sync(null);

		assertEquals(List.of("tk-2025D51234.pdf"), report.stored().stream().map(SyncReport.Stored::source).toList());
		assertEquals(1, report.skipped().size());
		assertEquals("2024D30120", report.skipped().get(0).document());
		assertEquals("already in the corpus as " + WOLVEGA_DOCX, report.skipped().get(0).reason().text());
		assertEquals("al in het corpus als " + WOLVEGA_DOCX, report.skipped().get(0).reason().in(Locale.forLanguageTag("nl")));
	}

	@Test
	void answersTheCorpusHoldsUnderNoCaseNumberAreRecognisedByTheirDateAndFirstQuestion() throws Exception {
		new Importer(store).importPaths(List.of(Path.of(System.getProperty("vraagbaak.seeds"), SEED_004)),
				new NullProgressMonitor());
		serveFirstPages();

		SyncReport report = sync(null);

		assertEquals(List.of("tk-2024D30120.docx"), report.stored().stream().map(SyncReport.Stored::source).toList());
		assertEquals(List.of("2025D51234: already in the corpus as " + SEED_004), skipped(report));
		assertTrue(store.document("tk-2025D51234.pdf").isEmpty());
	}

	@Test
	void aCancelledSyncKeepsWhatItStoredAndTheNextGoesOnFromThere() throws Exception {
		serveFirstPages();
		NullProgressMonitor cancelAfterFirstFile = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (name.equals("2024D30120")) {
					told.add("cancel");
				} else if (told.contains("cancel")) {
					setCanceled(true);
				}
			}
		};

		SyncReport cancelled = newSync(service.base()).run(null, cancelAfterFirstFile);

		assertTrue(cancelled.wasCancelled());
		assertEquals(1, cancelled.stored().size());
		// the deleted entity after it was dealt with before the cancel took effect
		assertEquals(OffsetDateTime.parse("2024-08-01T10:00:00+02:00"), cancelled.lastChange());
		SyncReport next = sync(null);
		assertTrue(service.asked().stream().anyMatch(a -> a.contains("GewijzigdOp ge 2024-08-01T08:00:00Z")));
		assertEquals(1, next.unchanged(), "the document stored before the cancel is served again, not fetched again");
		assertEquals(List.of("tk-2025D51234.pdf"), next.stored().stream().map(SyncReport.Stored::source).toList());
	}

	@Test
	void whenTheServiceCannotBeReachedTheSyncStopsSayingSoAndLosesNothing() throws Exception {
		SyncReport report;
		try (FakeOpenDataService.Unreachable nobody = new FakeOpenDataService.Unreachable()) {
			report = newSync(nobody.base()).run(null, new NullProgressMonitor());
		}

		assertTrue(report.stoppedBecause().startsWith("cannot reach 127.0.0.1"), report.stoppedBecause());
		assertTrue(report.stoppedBecause().contains("niet bereikbaar"), report.stoppedBecause());
		assertTrue(report.stored().isEmpty());
		assertEquals(4, store.documents().size(), "the seeds are still there");
		assertTrue(OpenDataSync.lastChange(data).isEmpty());
	}

	@Test
	void aServiceTooBusyForAMomentIsAskedAgain() throws Exception {
		serveFirstPages();
		var normally = service.answers;
		AtomicInteger busy = new AtomicInteger(2);
		service.answers = request -> request.contains("$skiptoken=2") && busy.getAndDecrement() > 0 ? Answer.status(503)
				: normally.apply(request);

		SyncReport report = sync(null);

		assertEquals(List.of("tk-2024D30120.docx", "tk-2025D51234.pdf"),
				report.stored().stream().map(SyncReport.Stored::source).toList());
		assertNull(report.stoppedBecause());
		assertEquals(3, service.asked().stream().filter(a -> a.contains("$skiptoken=2")).count(), "two 503s, then the page");
	}

	@Test
	void aPageTheServiceRefusesOrGarblesStopsTheSyncNamingTheAddress() throws Exception {
		service.answers = request -> Answer.status(503);
		SyncReport refused = sync(null);
		assertEquals(3, service.asked().size(), "asked three times");
		assertTrue(refused.stoppedBecause().contains("HTTP 503"), refused.stoppedBecause());
		assertTrue(refused.stoppedBecause().contains("/Document?"), refused.stoppedBecause());

		service.answers = request -> Answer.json("{\"value\": [{\"Id\": \"x\", \"GewijzigdOp\": \"gisteren\"}]}");
		SyncReport garbled = sync(null);
		assertTrue(garbled.stoppedBecause().endsWith("value[0].GewijzigdOp: \"gisteren\" is no date and time / geen datum en tijd"),
				garbled.stoppedBecause());
	}

	@Test
	void aSyncToldWhereToStartLooksBackThatFar() throws Exception {
		service.answers = request -> Answer.json("{\"value\": []}");

		SyncReport report = sync(OffsetDateTime.parse("2020-01-01T00:00:00+01:00"));

		assertTrue(service.asked().get(0).contains("GewijzigdOp ge 2019-12-31T23:00:00Z"), service.asked().get(0));
		assertTrue(report.complete());
		assertNull(report.lastChange());
	}

	private SyncReport sync(OffsetDateTime since) throws StoreException {
		return newSync(service.base()).run(since, new NullProgressMonitor());
	}

	/** A sync that tries a failed request twice more, without the waits between tries that a real one makes. */
	private OpenDataSync newSync(String base) {
		return new OpenDataSync(data, store, base, listener(), NO_WAITS);
	}

	private CorpusListener listener() {
		return new CorpusListener() {
			@Override
			public void stored(CorpusDocument document) {
				told.add("stored " + document.source());
			}

			@Override
			public void removed(String source) {
				told.add("removed " + source);
			}
		};
	}

	private void serveFirstPages() {
		service.answers = request -> {
			if (request.contains("Document(" + WOLVEGA_ID + ")/resource")) {
				return Answer.file("application/octet-stream", docxFixture());
			}
			if (request.contains("Document(" + CHAT_CONTROL_ID + ")/resource")) {
				return Answer.file("application/pdf", Path.of(System.getProperty("vraagbaak.pdf.fixtures"), "antwoorden-004.pdf"));
			}
			if (request.contains("Document(" + OLD_WORD_ID + ")/resource")) {
				// the start of an OLE2 compound file, as an old .doc begins
				return Answer.file("application/msword", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
						(byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 });
			}
			return service.page(fixture(request.contains("$skiptoken=2") ? "answers-page-2.json" : "answers-page-1.json"));
		};
	}

	private static Path fixture(String name) {
		return Path.of(System.getProperty("vraagbaak.opendata.fixtures"), name);
	}

	private static Path docxFixture() {
		return Path.of(System.getProperty("vraagbaak.docx.fixtures"), "answer-docx", WOLVEGA_DOCX);
	}

	/** The documents taken out, each with its reason in English: "tk-2024D30120.docx: deleted in the open data". */
	private static List<String> removed(SyncReport report) {
		return report.removed().stream().map(r -> r.source() + ": " + r.reason().text()).toList();
	}

	private static List<String> skipped(SyncReport report) {
		return report.skipped().stream().map(s -> s.document() + ": " + s.reason().text()).toList();
	}
}
