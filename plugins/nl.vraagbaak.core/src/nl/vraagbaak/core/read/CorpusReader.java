package nl.vraagbaak.core.read;

import java.nio.file.Path;

import nl.vraagbaak.core.CorpusDocument;

/**
 * Reads one file format into a {@link CorpusDocument}. Readers are asked in turn whether they recognise a file by
 * its content; the first that does reads it.
 */
public interface CorpusReader {

	/** A short id for messages ("question-list", "csv", ...). */
	String id();

	/** True when this reader recognises the file; {@code head} holds its first bytes (up to 64 KiB). */
	boolean recognises(Path file, byte[] head);

	/**
	 * Reads the whole file.
	 *
	 * @throws CorpusReadException naming the file and, where it applies, the line, when the file cannot be read
	 */
	CorpusDocument read(Path file) throws CorpusReadException;
}
