package nl.vraagbaak.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.core.read.ReadMessages;

/**
 * Imports files and folders into the store. Each file is read completely before anything is stored, so a bad file
 * leaves the store as it was; the other files of the same import are still imported. A file that holds a document
 * already stored under another name (the same answers as .docx and as PDF) is skipped and reported; a file of the same
 * name replaces its document. Answers take out the questions they answer (stored while they waited for them).
 */
public final class Importer {
	private final CorpusStore store;
	private final List<CorpusListener> listeners = new ArrayList<>();

	public Importer(CorpusStore store) {
		this.store = store;
	}

	/** Tells a listener (the search index) about every document stored or taken out. */
	public Importer addListener(CorpusListener listener) {
		listeners.add(listener);
		return this;
	}

	/**
	 * Imports the given files and, recursively, the files in the given folders.
	 *
	 * Cancelling stops before the next file: the documents stored before that stay stored, and the report lists
	 * the files left out as not imported, so the user sees exactly what happened.
	 */
	public ImportReport importPaths(List<Path> paths, IProgressMonitor monitor) {
		ImportReport report = new ImportReport();
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			collect(path, files, report);
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Importeren / Importing", files.size() + 1);
		List<CorpusDocument> stored = storedDocuments(report);
		DocumentTwins twins = new DocumentTwins(stored, source -> false);
		WaitingQuestions waiting = new WaitingQuestions(stored);
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			if (progress.isCanceled()) {
				report.cancelled(files.subList(i, files.size()));
				break;
			}
			progress.subTask(file.getFileName().toString());
			try {
				CorpusDocument read = CorpusFormats.read(file);
				Optional<String> twin = twins.of(read);
				if (twin.isPresent()) {
					report.skipped(file, twin.get());
				} else {
					// a correction the user made to an earlier import of the file stays, and is what gets indexed
					CorpusDocument document = store.put(read);
					for (CorpusListener listener : listeners) {
						listener.stored(document);
					}
					twins.add(document);
					waiting.add(document);
					report.imported(file, document);
					takeOutAnswered(waiting.answeredBy(document), document, report);
				}
			} catch (CorpusReadException e) {
				report.failed(file, e.where(), e.reason());
			} catch (StoreException e) {
				report.failed(file, file.toString(), ReadMessages.message("notStored", e.getMessage()));
			}
			progress.worked(1);
		}
		try {
			store.resolveLetterReferences();
		} catch (StoreException e) {
			report.failed(store.folder(), store.folder().toString(), ReadMessages.message("corpusFailed", e.getMessage()));
		}
		progress.worked(1);
		return report;
	}

	/**
	 * The documents already stored: to find the same answers in another form (a ministry's .docx and its published
	 * PDF), which would show twice in every search, and the questions that new answers answer. None when the store
	 * cannot be listed (the import reports it and goes on).
	 */
	private List<CorpusDocument> storedDocuments(ImportReport report) {
		try {
			return store.documents();
		} catch (StoreException e) {
			report.failed(store.folder(), store.folder().toString(), ReadMessages.message("corpusFailed", e.getMessage()));
			return List.of();
		}
	}

	/** Questions whose answers were just stored go: they would say "nog niet beantwoord" beside their answers. */
	private void takeOutAnswered(List<String> questions, CorpusDocument answers, ImportReport report) throws StoreException {
		for (String source : questions) {
			store.remove(source);
			for (CorpusListener listener : listeners) {
				listener.removed(source);
			}
			report.answered(source, answers.source());
		}
	}

	private static void collect(Path path, List<Path> files, ImportReport report) {
		if (Files.isDirectory(path)) {
			try (Stream<Path> walk = Files.walk(path)) {
				walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
						.forEach(files::add);
			} catch (IOException e) {
				report.failed(path, path.toString(), ReadMessages.message("cannotList", e.getMessage()));
			}
		} else if (Files.isRegularFile(path)) {
			files.add(path);
		} else {
			report.failed(path, path.toString(), ReadMessages.message("noSuchFile"));
		}
	}
}
