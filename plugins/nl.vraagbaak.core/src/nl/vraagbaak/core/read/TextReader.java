package nl.vraagbaak.core.read;

import java.nio.file.Path;

import nl.vraagbaak.core.CorpusDocument;

/**
 * A reader of a text format. It also reads text that came out of another kind of file (the text of a PDF), as if it
 * were that file's content.
 */
public interface TextReader extends CorpusReader {

	/**
	 * Reads the text as the content of {@code file}.
	 *
	 * @throws CorpusReadException naming the file and, where it applies, the line of the text
	 */
	CorpusDocument readText(Path file, String text) throws CorpusReadException;

	@Override
	default CorpusDocument read(Path file) throws CorpusReadException {
		return readText(file, TextFiles.readUtf8(file));
	}
}
