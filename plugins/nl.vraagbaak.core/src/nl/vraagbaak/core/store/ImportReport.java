package nl.vraagbaak.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.LocalizedText;

/** What an import did: the documents stored and the files that failed, each with its reason. */
public final class ImportReport {

	/** One stored document and the file it came from. */
	public record Imported(Path file, String source, String kind, int passages) {
	}

	/** One file not imported because the corpus holds its document already, under another source. */
	public record Skipped(Path file, String existingSource) {
	}

	/** Questions taken out of the corpus because answers to them were imported. */
	public record Answered(String questions, String answeredBy) {
	}

	/**
	 * One file that could not be imported.
	 *
	 * @param where the file, with ":line" where a line applies
	 */
	public record Failure(Path file, String where, LocalizedText reason) {
		/** "vragen.txt:3: question 2 appears twice": the file, the line where it applies, and why, in English. */
		public String message() {
			return where + ": " + reason.text();
		}

		/** The same in the locale's language. */
		public String message(Locale locale) {
			return where + ": " + reason.in(locale);
		}
	}

	private final List<Imported> imported = new ArrayList<>();
	private final List<Failure> failures = new ArrayList<>();
	private final List<Skipped> skipped = new ArrayList<>();
	private final List<Answered> answered = new ArrayList<>();
	private final List<Path> notImported = new ArrayList<>();

	void imported(Path file, CorpusDocument document) {
		imported.add(new Imported(file, document.source(), document.kind().name(), document.passages().size()));
	}

	void skipped(Path file, String existingSource) {
		skipped.add(new Skipped(file, existingSource));
	}

	void answered(String questions, String answeredBy) {
		answered.add(new Answered(questions, answeredBy));
	}

	void failed(Path file, String where, LocalizedText reason) {
		failures.add(new Failure(file, where, reason));
	}

	void cancelled(List<Path> leftOut) {
		notImported.addAll(leftOut);
	}

	/** The files an import was cancelled before; empty when it ran to the end. */
	public List<Path> notImported() {
		return List.copyOf(notImported);
	}

	public boolean wasCancelled() {
		return !notImported.isEmpty();
	}

	public List<Imported> imported() {
		return List.copyOf(imported);
	}

	/** The files whose documents the corpus already held under another source. */
	public List<Skipped> skipped() {
		return List.copyOf(skipped);
	}

	/** The questions taken out because their answers were imported. */
	public List<Answered> answered() {
		return List.copyOf(answered);
	}

	public List<Failure> failures() {
		return List.copyOf(failures);
	}

	public boolean hasFailures() {
		return !failures.isEmpty();
	}
}
