package nl.vraagbaak.internal.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.store.CorpusListener;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.DocumentCorrection;
import nl.vraagbaak.core.store.ImportReport;
import nl.vraagbaak.core.store.Importer;
import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.docx.WordDocumentReader;
import nl.vraagbaak.opendata.OpenDataSync;
import nl.vraagbaak.opendata.SyncReport;
import nl.vraagbaak.pdf.PdfReader;
import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.search.CorpusVocabulary;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.IndexFollower;
import nl.vraagbaak.search.PassageIndex;
import nl.vraagbaak.search.PassageSearch;
import nl.vraagbaak.ui.VraagbaakUi;

/**
 * The workbench's one corpus store and search index, opened on first use off the display thread and closed with the
 * workbench. Views and the editor's reconciler share it; the index holds Lucene's write lock while the workbench runs.
 */
public final class CorpusServices {
	static {
		// the workbench imports every format the command line imports, Word answers and PDFs included
		CorpusFormats.register(new WordDocumentReader());
		CorpusFormats.register(new PdfReader());
	}

	private static volatile CorpusServices instance;
	/** Told after an import changed the corpus (the Corpus view reloads). */
	private static final List<Runnable> CORPUS_CHANGED = new CopyOnWriteArrayList<>();

	private final CorpusStore store;
	private final PassageIndex index;
	/** The index follows every document an import or a sync stores or takes out. */
	private final CorpusListener indexing;

	private CorpusServices(CorpusStore store, PassageIndex index) {
		this.store = store;
		this.index = index;
		this.indexing = new IndexFollower(index);
	}

	/**
	 * The services, opening them when needed (may rebuild the index: call from a job, never the display thread).
	 *
	 * @throws IndexException when the index cannot be opened (in use by another Vraagbaak, unwritable)
	 */
	public static synchronized CorpusServices get(IProgressMonitor monitor) throws IndexException {
		if (instance == null) {
			try {
				CorpusStore store = CorpusStore.open(VraagbaakUi.dataFolder());
				PassageIndex index = PassageIndex.open(VraagbaakUi.dataFolder(), store, monitor);
				logRepairs(index);
				instance = new CorpusServices(store, index);
			} catch (StoreException e) {
				throw new IndexException(e.getMessage(), e);
			}
		}
		return instance;
	}

	/** A rebuild or catch-up of the index goes to the error log, where the CLI prints it: the user may ask why. */
	private static void logRepairs(PassageIndex index) {
		if (index.rebuildReason() != null) {
			ILog.of(CorpusServices.class).info("Rebuilt the search index (" + index.rebuildReason() + ")");
		}
		if (index.catchUpReport() != null) {
			ILog.of(CorpusServices.class).info("Brought the search index in step with the corpus (" + index.catchUpReport() + ")");
		}
	}

	/** The services when already open, else null: for the display thread, which must never wait for an index rebuild. */
	public static CorpusServices ifOpen() {
		return instance;
	}

	public static synchronized void close() {
		if (instance != null) {
			try {
				instance.index.close();
			} catch (IOException e) {
				// every change was committed; nothing is lost by a failing close
			}
			instance = null;
		}
	}

	/**
	 * Imports files and folders into the store and the index (the index follows every stored document).
	 *
	 * Cancelling keeps what was imported; the report names the files left out.
	 */
	public ImportReport importPaths(List<Path> paths, IProgressMonitor monitor) {
		try {
			return importer().importPaths(paths, monitor);
		} finally {
			CORPUS_CHANGED.forEach(Runnable::run);
		}
	}

	/**
	 * Corrects a document's provenance in the store and the index (search results and citations carry it at once),
	 * then tells the views.
	 *
	 * @return the document as corrected
	 */
	public CorpusDocument correct(String source, DocumentCorrection wanted) throws StoreException {
		CorpusDocument corrected = store.correct(source, wanted);
		try {
			index.update(corrected);
		} catch (IOException e) {
			throw new StoreException("corrected, but not indexed: " + e.getMessage(), e);
		} finally {
			CORPUS_CHANGED.forEach(Runnable::run);
		}
		return corrected;
	}

	/**
	 * Takes a document out of the store and the index, then tells the views.
	 *
	 * @return what was taken out, for {@link #restore(CorpusStore.Removed)}
	 */
	public CorpusStore.Removed remove(String source) throws StoreException {
		CorpusStore.Removed removed = store.takeOut(source);
		try {
			indexing.removed(source);
		} finally {
			CORPUS_CHANGED.forEach(Runnable::run);
		}
		return removed;
	}

	/** Puts a removed document back in the store and the index, with its correction, then tells the views. */
	public void restore(CorpusStore.Removed removed) throws StoreException {
		CorpusDocument restored = store.restore(removed);
		try {
			indexing.stored(restored);
		} finally {
			CORPUS_CHANGED.forEach(Runnable::run);
		}
	}

	/**
	 * Brings the corpus up to date with the open data (see {@link OpenDataSync}), the index following every document,
	 * then tells the views. Cancelling keeps what was stored; the next sync goes on from there.
	 *
	 * @param since the moment to look back to, or null to go on from the last sync
	 * @throws StoreException when the sync state of the data folder cannot be read or written
	 */
	public SyncReport sync(String service, OffsetDateTime since, IProgressMonitor monitor) throws StoreException {
		try {
			return new OpenDataSync(VraagbaakUi.dataFolder(), store, service, indexing).run(since, monitor);
		} finally {
			CORPUS_CHANGED.forEach(Runnable::run);
		}
	}

	public static void addCorpusChangeListener(Runnable listener) {
		CORPUS_CHANGED.add(listener);
	}

	public static void removeCorpusChangeListener(Runnable listener) {
		CORPUS_CHANGED.remove(listener);
	}

	private Importer importer() {
		return new Importer(store).addListener(indexing);
	}

	public CorpusStore store() {
		return store;
	}

	public PassageSearch search() {
		return new PassageSearch(index);
	}

	/** The corpus's words, for the spelling check. */
	public CorpusVocabulary vocabulary() {
		return new CorpusVocabulary(index);
	}

	public AlreadyAsked detector(double threshold) {
		return new AlreadyAsked(index, threshold);
	}
}
