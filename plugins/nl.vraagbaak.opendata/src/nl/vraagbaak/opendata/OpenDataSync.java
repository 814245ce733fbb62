package nl.vraagbaak.opendata;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.LocalizedText;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.core.store.CorpusListener;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.DocumentTwins;
import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.core.store.WaitingQuestions;
import nl.vraagbaak.internal.opendata.DocumentPage;
import nl.vraagbaak.internal.opendata.DocumentQuery;
import nl.vraagbaak.internal.opendata.DocumentRecord;
import nl.vraagbaak.internal.opendata.OpenDataHttp;
import nl.vraagbaak.internal.opendata.OpenDataProvenance;
import nl.vraagbaak.internal.opendata.ResourceFiles;
import nl.vraagbaak.internal.opendata.SyncState;

/**
 * Brings the corpus up to date with the Tweede Kamer's open data: the documents that hold the government's answers
 * (answers to written questions, later answers, committees' lists of questions and answers) and the written questions
 * still waiting for theirs (taken out when their answers come), changed since the last sync, each read from its file
 * with the readers of {@code vraagbaak import} and stored with the provenance the open data registers (case number,
 * date, subject, askers, Aanhangsel citation). Documents the open data deleted are taken out. The only network
 * access of Vraagbaak, and only when the user starts it.
 *
 * The documents come oldest change first and the state is saved as the sync goes, so a cancelled, failed or crashed
 * sync loses nothing and the next one goes on from there. A document whose file cannot be read is reported and
 * passed; when the service cannot be reached the sync stops.
 */
public final class OpenDataSync {
	/** The Tweede Kamer's OData service, data model 2.0. */
	public static final String SERVICE = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/";
	/**
	 * How far back a first sync looks when not told: a year, some 2,500 answer documents (the questions of that year
	 * are mostly answered, and those are passed without a download).
	 */
	public static final int FIRST_SYNC_DAYS = 365;
	private static final String PREFIX = "tk-";
	/**
	 * The state is saved after this many documents and when the sync ends, not after each one: it lists every synced
	 * document, and a year's sync would write it thousands of times. After a crash, at most these are fetched again
	 * (storing a document again under its source replaces it).
	 */
	private static final int SAVE_EVERY = 25;

	private final Path dataFolder;
	private final CorpusStore store;
	private final DocumentQuery query;
	private final OpenDataHttp http;
	private final CorpusListener listener;

	/**
	 * @param service  the service root, normally {@link #SERVICE}
	 * @param listener told of every document stored or taken out (the search index)
	 */
	public OpenDataSync(Path dataFolder, CorpusStore store, String service, CorpusListener listener) {
		this(dataFolder, store, service, listener, OpenDataHttp.RETRY_WAITS);
	}

	/**
	 * @param retryWaits how long to wait before each new try of a request the service was too busy for or did not
	 *                   answer (normally twice, after 2 and 10 seconds)
	 */
	public OpenDataSync(Path dataFolder, CorpusStore store, String service, CorpusListener listener,
			List<Duration> retryWaits) {
		this.dataFolder = dataFolder;
		this.store = store;
		this.query = new DocumentQuery(service);
		this.listener = listener;
		this.http = new OpenDataHttp(retryWaits);
	}

	/** The newest change an earlier sync took in, or empty when this data folder was never synced. */
	public static Optional<OffsetDateTime> lastChange(Path dataFolder) throws StoreException {
		return Optional.ofNullable(SyncState.load(dataFolder).lastChange());
	}

	/**
	 * Runs a sync.
	 *
	 * @param since the moment to look back to; null to go on from the last sync (a first sync looks back
	 *              {@link #FIRST_SYNC_DAYS} days)
	 * @throws StoreException when the sync state cannot be read or written (named in the message); what was stored
	 *                        before stays stored
	 */
	public SyncReport run(OffsetDateTime since, IProgressMonitor monitor) throws StoreException {
		SyncState state = SyncState.load(dataFolder);
		OffsetDateTime from = since != null ? since
				: state.lastChange() != null ? state.lastChange() : OffsetDateTime.now().minusDays(FIRST_SYNC_DAYS);
		SyncReport report = new SyncReport();
		report.reachedChange(state.lastChange());
		SubMonitor progress = SubMonitor.convert(monitor, "Open data", 1);
		List<CorpusDocument> stored = store.documents();
		Pass pass = new Pass(state, new DocumentTwins(stored, state.sources()::contains), new WaitingQuestions(stored),
				temporaryFolder(), report);
		URI page = query.documentsChangedSince(from);
		long done = 0;
		try {
			while (page != null) {
				progress.subTask(page.getHost());
				DocumentPage served = DocumentPage.parse(http.text(page), page.toString());
				// the first page says how many there are when the service counts them; else a page at a time
				long left = served.count() >= 0 ? served.count() - done : served.records().size();
				progress.setWorkRemaining((int) Math.max(1, Math.min(Integer.MAX_VALUE, left)));
				for (DocumentRecord record : served.records()) {
					if (progress.isCanceled()) {
						report.cancelled();
						page = null;
						break;
					}
					progress.subTask(record.label());
					take(record, pass);
					state.passed(record.changedOn());
					report.reachedChange(state.lastChange());
					progress.worked(1);
					if (++done % SAVE_EVERY == 0) {
						state.save();
					}
				}
				page = page == null || served.nextLink() == null ? null : nextPage(served.nextLink(), report);
			}
		} catch (OpenDataException e) {
			report.stopped(e.getMessage());
		} finally {
			deleteQuietly(pass.downloads());
			state.save();
		}
		// as after an import: letters stored now may be the ones answers refer to by their date
		store.resolveLetterReferences();
		return report;
	}

	/**
	 * What one run works with: the sync state, the documents imported by hand (not to be stored twice), the questions
	 * waiting for answers and the cases answered (synced or imported), the folder of the downloads, the report.
	 */
	private record Pass(SyncState state, DocumentTwins importedByHand, WaitingQuestions waiting, Path downloads,
			SyncReport report) {
	}

	/**
	 * One document: taken out when deleted, passed when unchanged and still in the corpus or not wanted, else read
	 * from its file and stored. One removed from the corpus by hand comes back when a sync looks back to it
	 * ({@code --since}); the ordinary sync, going on from the last change, meets it only when it changes.
	 */
	private void take(DocumentRecord record, Pass pass) throws OpenDataException {
		SyncState state = pass.state();
		SyncReport report = pass.report();
		if (state.holds(record) && store.contains(state.entry(record.id()).orElseThrow().source())) {
			report.countUnchanged();
		} else if (record.deleted()) {
			Optional<SyncState.Entry> known = state.entry(record.id());
			if (known.isPresent()) {
				removeQuietly(known.get().source(), SyncMessages.message("deleted"), record, pass);
				state.forget(record.id());
			}
		} else {
			Optional<LocalizedText> notWanted = notWanted(record, pass);
			if (notWanted.isPresent()) {
				report.skipped(record.label(), notWanted.get());
			} else {
				fetchAndStore(record, pass);
			}
		}
	}

	/**
	 * Why a document is not fetched: the corpus holds it from a file imported by hand, or it holds questions whose
	 * answers it already has.
	 */
	private static Optional<LocalizedText> notWanted(DocumentRecord record, Pass pass) {
		Optional<String> byHand = pass.importedByHand().withCase(record.caseNumber(), record.date());
		if (byHand.isPresent()) {
			return Optional.of(alreadyThere(byHand.get()));
		}
		if (isQuestions(record) && record.caseClosed()) {
			// a first sync of a year would otherwise fetch thousands of questions only to take them out again
			return Optional.of(SyncMessages.message("caseClosed"));
		}
		if (isQuestions(record) && record.caseNumber() != null) {
			return pass.waiting().answerTo(record.caseNumber()).map(a -> SyncMessages.message("answeredIn", a));
		}
		return Optional.empty();
	}

	private void fetchAndStore(DocumentRecord record, Pass pass) throws OpenDataException {
		SyncState state = pass.state();
		SyncReport report = pass.report();
		String source = PREFIX + record.label().replaceAll("[^A-Za-z0-9._-]", "_") + ResourceFiles.extension(record);
		Path file = pass.downloads().resolve(source);
		try {
			http.download(query.resource(record.id()), file);
			CorpusDocument withProvenance = OpenDataProvenance.apply(CorpusFormats.read(file), record, source);
			Optional<String> byHand = pass.importedByHand().withContent(withProvenance.date(), withProvenance);
			if (byHand.isPresent()) {
				report.skipped(record.label(), alreadyThere(byHand.get()));
				return;
			}
			CorpusDocument document = store.put(withProvenance);
			listener.stored(document);
			Optional<SyncState.Entry> earlier = state.entry(record.id());
			if (earlier.isPresent() && !earlier.get().source().equals(source)) {
				removeQuietly(earlier.get().source(), SyncMessages.message("storedAgain", source), record, pass);
			}
			state.stored(record, source);
			report.stored(new SyncReport.Stored(record.label(), source, document.kind().name(), document.passages().size()));
			pass.waiting().add(document);
			takeOutAnsweredQuestions(document, record, pass);
		} catch (OpenDataHttp.OpenDataUnreachable e) {
			throw e;
		} catch (CorpusReadException e) {
			// the reason without the temporary file it was downloaded to, which says nothing to the user
			report.failed(record.label(), SyncMessages.message("documentFailed", record.label(), record.kind(), e.reason()));
		} catch (OpenDataException | StoreException e) {
			report.failed(record.label(), SyncMessages.message("documentFailed", record.label(), record.kind(), e.getMessage()));
		} finally {
			deleteQuietly(file);
		}
	}

	/**
	 * The answers came: the questions stored while they waited for them go, synced or imported by hand (they would say
	 * "nog niet beantwoord" beside their answers).
	 */
	private void takeOutAnsweredQuestions(CorpusDocument answers, DocumentRecord record, Pass pass) {
		for (String questions : pass.waiting().answeredBy(answers)) {
			removeQuietly(questions, SyncMessages.message("answeredIn", answers.source()), record, pass);
			pass.state().forgetSource(questions);
		}
	}

	private static boolean isQuestions(DocumentRecord record) {
		return DocumentQuery.QUESTIONS.equalsIgnoreCase(record.kind());
	}

	private static LocalizedText alreadyThere(String source) {
		return SyncMessages.message("alreadyThere", source);
	}

	private void removeQuietly(String source, LocalizedText reason, DocumentRecord record, Pass pass) {
		try {
			store.remove(source);
			listener.removed(source);
			pass.waiting().forget(source);
			pass.report().removed(source, reason);
		} catch (StoreException e) {
			pass.report().failed(record.label(), SyncMessages.message("cannotTakeOut", source, e.getMessage()));
		}
	}

	private URI nextPage(String link, SyncReport report) {
		try {
			return query.next(link);
		} catch (IllegalArgumentException e) {
			report.stopped("the service gave a next-page address that is none: " + link
					+ " / ongeldig adres voor de volgende pagina");
			return null;
		}
	}

	private Path temporaryFolder() throws StoreException {
		try {
			return Files.createTempDirectory("vraagbaak-sync");
		} catch (IOException e) {
			throw new StoreException("cannot make a temporary folder for the downloads: " + e.getMessage(), e);
		}
	}

	private static void deleteQuietly(Path path) {
		try (Stream<Path> walk = Files.exists(path) ? Files.walk(path) : Stream.empty()) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// a download left in the temporary folder is removed by the system; it holds only public documents
		}
	}
}
