package nl.vraagbaak.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.internal.search.DocumentFingerprint;
import nl.vraagbaak.internal.search.DutchAnalysis;
import nl.vraagbaak.internal.search.IndexMetadata;
import nl.vraagbaak.internal.search.LuceneLog;
import nl.vraagbaak.internal.search.PassageFields;
import nl.vraagbaak.internal.search.PassageSimilarity;

/**
 * The Lucene index of every passage in the corpus store, in {@code <data folder>/index/}. It checks what it was
 * built with (Lucene version, analyzer id, schema version) and rebuilds itself from the store when that differs,
 * or when the index is missing or damaged, saying why; otherwise it indexes again the documents it holds in another
 * version than the store (see {@link #catchUpReport()}). Lucene's write lock keeps a second running instance from
 * writing at the same time: that instance reports it and leaves the index alone.
 */
public final class PassageIndex implements AutoCloseable {
	static {
		LuceneLog.quiet();
	}

	private final Path folder;
	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	/**
	 * Searches the index's segments on every core at once: one draft's search is what a user waits for. On the
	 * benchmark's two cores, at a million passages, search p50 went from 5.8-6.2 to 4.5-5.6 ms over five runs
	 * each; p99 hardly moved (18.1-19.6 against 16.7-19.7 ms): the slowest drafts spend their time in the largest
	 * segment, which one thread searches.
	 */
	private final ExecutorService segmentSearch = Executors.newFixedThreadPool(
			Runtime.getRuntime().availableProcessors(), daemonThreads());
	private final DutchAnalysis analyzer = new DutchAnalysis();
	private String rebuildReason;
	private String catchUpReport;

	/** @param writer the writer, or null for an index opened for reading only */
	private PassageIndex(Path folder, Directory directory, IndexWriter writer) throws IOException {
		this.folder = folder;
		this.directory = directory;
		this.writer = writer;
		SearcherFactory factory = new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
				IndexSearcher searcher = new IndexSearcher(reader, segmentSearch);
				searcher.setSimilarity(new PassageSimilarity());
				return searcher;
			}
		};
		this.searchers = writer != null ? new SearcherManager(writer, factory) : new SearcherManager(directory, factory);
	}

	/**
	 * Opens the index of a data folder, rebuilding it from the store when needed.
	 *
	 * @throws IndexException when the index is in use by another running Vraagbaak, or cannot be written
	 */
	public static PassageIndex open(Path dataFolder, CorpusStore store, IProgressMonitor monitor) throws IndexException {
		Path folder = dataFolder.resolve("index");
		Path metaFile = dataFolder.resolve("index.json");
		IndexMetadata stored = IndexMetadata.read(metaFile);
		String reason = stored == null ? "no index yet" : !stored.equals(IndexMetadata.current())
				? "built with " + stored + ", now " + IndexMetadata.current() : null;
		if (reason == null && !readable(folder)) {
			reason = "the index is damaged";
		}
		try {
			Files.createDirectories(folder);
			Directory directory = FSDirectory.open(folder);
			if (reason != null) {
				clear(directory);
			}
			IndexWriterConfig config = new IndexWriterConfig(new DutchAnalysis()).setSimilarity(new PassageSimilarity())
					.setOpenMode(reason != null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
					.setRAMBufferSizeMB(64);
			PassageIndex index = new PassageIndex(folder, directory, new IndexWriter(directory, config));
			try {
				index.searchers.maybeRefreshBlocking();
				if (reason != null) {
					index.rebuildReason = reason;
					index.rebuild(store, monitor);
					IndexMetadata.current().write(metaFile);
				} else {
					index.catchUpReport = StoreCatchUp.run(index, store);
				}
				return index;
			} catch (IOException | StoreException | RuntimeException e) {
				index.closeAfterFailure(e);
				throw e;
			}
		} catch (LockObtainFailedException e) {
			throw new IndexInUseException("the index in " + folder + " is in use by another running Vraagbaak; close it"
					+ " first, or do it in that one (Bestand > Importeren in het corpus..., Corpus > Gegevens"
					+ " corrigeren... or Uit het corpus verwijderen...) / de index is in gebruik door een andere Vraagbaak", e);
		} catch (IOException | StoreException e) {
			throw new IndexException("cannot build the index in " + folder + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Opens the index of a data folder for searching only, without its write lock: for commands run while another
	 * Vraagbaak (the workbench) holds the index. They see its last commit, which every import makes. An index that
	 * would need a rebuild cannot be used this way: the instance holding the lock rebuilds it.
	 *
	 * @throws IndexException when the index is missing, damaged or built with another version
	 */
	public static PassageIndex openForReading(Path dataFolder) throws IndexException {
		Path folder = dataFolder.resolve("index");
		IndexMetadata stored = IndexMetadata.read(dataFolder.resolve("index.json"));
		if (stored == null || !stored.equals(IndexMetadata.current()) || !readable(folder)) {
			throw new IndexException("the index in " + folder + " is held by another running Vraagbaak and needs to be"
					+ " rebuilt, which that one does when it opens it; close it and try again / de index wordt"
					+ " opnieuw opgebouwd", null);
		}
		try {
			return new PassageIndex(folder, FSDirectory.open(folder), null);
		} catch (IOException e) {
			throw new IndexException("cannot read the index in " + folder + ": " + e.getMessage(), e);
		}
	}

	/** True for an index opened with {@link #openForReading}: its write methods throw IllegalStateException. */
	public boolean readOnly() {
		return writer == null;
	}

	private IndexWriter writer() {
		if (writer == null) {
			throw new IllegalStateException("the index in " + folder + " was opened for reading only");
		}
		return writer;
	}

	/**
	 * A new, empty index in a folder of its own (benchmarks build synthetic corpora this way).
	 *
	 * @throws IndexException when the folder cannot be written
	 */
	public static PassageIndex createEmpty(Path folder) throws IndexException {
		try {
			Files.createDirectories(folder);
			Directory directory = FSDirectory.open(folder);
			IndexWriterConfig config = new IndexWriterConfig(new DutchAnalysis()).setSimilarity(new PassageSimilarity())
					.setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256);
			return new PassageIndex(folder, directory, new IndexWriter(directory, config));
		} catch (IOException e) {
			throw new IndexException("cannot create an index in " + folder + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Removes an outdated or damaged index under the write lock: a second running instance fails on the lock
	 * before it can touch the files the first one is using.
	 */
	private static void clear(Directory directory) throws IOException {
		try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			for (String file : directory.listAll()) {
				if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
					directory.deleteFile(file);
				}
			}
		}
	}

	private static boolean readable(Path folder) {
		try (Directory d = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(d)) {
			return reader.numDocs() >= 0;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** Why the index was rebuilt when it was opened, or null when it was used as it was. */
	public String rebuildReason() {
		return rebuildReason;
	}

	/**
	 * What opening the index did to bring it in step with the corpus store, or null when it already was: the
	 * documents indexed again and those taken out.
	 */
	public String catchUpReport() {
		return catchUpReport;
	}

	/** Releases the lock and files of an index that failed to open, keeping the first failure as the one reported. */
	private void closeAfterFailure(Exception failure) {
		try {
			close();
		} catch (IOException | RuntimeException e) {
			failure.addSuppressed(e);
		}
	}

	/** Replaces the passages of every document in the store. */
	public void rebuild(CorpusStore store, IProgressMonitor monitor) throws IOException, StoreException {
		var documents = store.documents();
		SubMonitor progress = SubMonitor.convert(monitor, "Indexeren / Indexing", documents.size());
		writer().deleteAll();
		for (CorpusDocument document : documents) {
			if (progress.isCanceled()) {
				writer().rollback();
				throw new OperationCanceledException();
			}
			add(document);
			progress.worked(1);
		}
		commit();
	}

	/** Replaces the passages of one document (after it was imported) and commits. */
	public void update(CorpusDocument document) throws IOException {
		replace(document);
		commit();
	}

	/** Replaces the passages of one document; visible after the next {@link #commit()}. */
	void replace(CorpusDocument document) throws IOException {
		remove(document.source());
		add(document);
	}

	/** Takes out the passages of a document taken out of the store, and commits. */
	public void delete(String source) throws IOException {
		remove(source);
		commit();
	}

	/** Takes out the passages of a document no longer in the store; visible after the next {@link #commit()}. */
	void remove(String source) throws IOException {
		writer().deleteDocuments(new Term(PassageFields.SOURCE, source));
	}

	/** Adds many documents without committing each: for benchmarks and bulk loads; call {@link #commit()}. */
	public void addAll(Iterable<CorpusDocument> documents) throws IOException {
		for (CorpusDocument document : documents) {
			add(document);
		}
	}

	public void commit() throws IOException {
		writer().commit();
		searchers.maybeRefreshBlocking();
	}

	private void add(CorpusDocument document) throws IOException {
		String fingerprint = DocumentFingerprint.of(document);
		for (Passage passage : document.passages()) {
			Document fields = PassageFields.toDocument(document, passage);
			fields.add(PassageFields.fingerprint(fingerprint));
			writer().addDocument(fields);
		}
	}

	/** A searcher over the latest commit; give it back with {@link #release(IndexSearcher)}. */
	public IndexSearcher acquire() throws IOException {
		return searchers.acquire();
	}

	public void release(IndexSearcher searcher) throws IOException {
		searchers.release(searcher);
	}

	public DutchAnalysis analyzer() {
		return analyzer;
	}

	/** The index's size on disk in bytes. */
	public long sizeOnDisk() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "vraagbaak-search-" + count.incrementAndGet());
			thread.setDaemon(true); // never keeps the application from exiting
			return thread;
		};
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		segmentSearch.shutdown();
		if (writer != null) {
			writer.close();
		}
		directory.close();
		analyzer.close();
	}
}
