package nl.vraagbaak.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.vraagbaak.core.CorpusDocument;

/**
 * The registry of corpus file formats. A file's format is recognised by its content, not its extension; the
 * readers are asked in registration order, the most specific first. Bundles that read other formats (Word answer
 * documents) add their reader at start-up with {@link #register(CorpusReader)}.
 */
public final class CorpusFormats {
	private static final int HEAD_BYTES = 64 * 1024;
	private static final List<CorpusReader> READERS = new CopyOnWriteArrayList<>(
			List.of(new CsvReader(), new WrittenAnswersReader(), new QuestionListReader(), new QuestionSetReader(),
					new LetterReader()));
	private static final int BUILT_IN = READERS.size();

	private CorpusFormats() {
	}

	/** Adds a reader ahead of the built-in ones (a binary format is never mistaken for text by them). */
	public static void register(CorpusReader reader) {
		if (READERS.stream().noneMatch(r -> r.id().equals(reader.id()))) {
			READERS.add(0, reader);
		}
	}

	/**
	 * Reads a file with the first reader that recognises it.
	 *
	 * @throws CorpusReadException when the file is empty, unreadable, of no known format, or malformed
	 */
	public static CorpusDocument read(Path file) throws CorpusReadException {
		byte[] head = head(file);
		if (head.length == 0 || new String(head, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
			throw new CorpusReadException(file.toString(), 0, ReadMessages.message("emptyFile"));
		}
		for (CorpusReader reader : READERS) {
			if (reader.recognises(file, head)) {
				return reader.read(file);
			}
		}
		if (TextFiles.looksLikeText(head)) {
			TextFiles.decode(file, head.length < HEAD_BYTES ? head : trimToCharacter(head));
		}
		// the formats of other bundles by their id ("docx", "pdf"): they come first in the list
		List<String> others = READERS.subList(0, READERS.size() - BUILT_IN).stream().map(CorpusReader::id).toList();
		throw new CorpusReadException(file.toString(), 0, others.isEmpty() ? ReadMessages.message("unknownFormat")
				: ReadMessages.message("unknownFormatNor", String.join(", ", others)));
	}

	/**
	 * Reads text that came out of a file of another kind (the text of a PDF) with the first text format that
	 * recognises it: a question list, written answers or a letter.
	 *
	 * @throws CorpusReadException naming the file when the text is none of them, or is malformed
	 */
	public static CorpusDocument readText(Path file, String text) throws CorpusReadException {
		String start = text.length() <= HEAD_BYTES ? text : text.substring(0, HEAD_BYTES);
		byte[] head = start.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		for (CorpusReader reader : READERS) {
			if (reader instanceof TextReader textReader && reader.recognises(file, head)) {
				return textReader.readText(file, text);
			}
		}
		throw new CorpusReadException(file.toString(), 0, ReadMessages.message("textOfNoFormat"));
	}

	private static byte[] head(Path file) throws CorpusReadException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD_BYTES);
		} catch (IOException e) {
			throw new CorpusReadException(file.toString(), ReadMessages.message("cannotRead", e.getMessage()), e);
		}
	}

	/** Cuts a partial UTF-8 character off the end of a buffer read up to a fixed size. */
	private static byte[] trimToCharacter(byte[] head) {
		int end = head.length;
		while (end > 0 && (head[end - 1] & 0xC0) == 0x80) {
			end--;
		}
		return java.util.Arrays.copyOf(head, Math.max(0, end - 1));
	}
}
