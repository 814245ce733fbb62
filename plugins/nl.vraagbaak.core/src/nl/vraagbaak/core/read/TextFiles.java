package nl.vraagbaak.core.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files strictly as UTF-8, so that a wrongly encoded file is reported instead of read as garbage. */
public final class TextFiles {
	private TextFiles() {
	}

	/**
	 * The file's text.
	 *
	 * @throws CorpusReadException naming the file and the line of the first byte that is not UTF-8, or the I/O fault
	 */
	public static String readUtf8(Path file) throws CorpusReadException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new CorpusReadException(file.toString(), ReadMessages.message("cannotRead", e.getMessage()), e);
		}
		return decode(file, bytes);
	}

	static String decode(Path file, byte[] bytes) throws CorpusReadException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		try {
			return decoder.decode(in).toString();
		} catch (CharacterCodingException e) {
			int offset = firstBadByte(bytes);
			throw new CorpusReadException(file.toString(), lineOf(bytes, offset),
					ReadMessages.message("notUtf8", Integer.toHexString(bytes[offset] & 0xff), offset));
		}
	}

	/** True when the bytes are plausibly text: decodable as UTF-8 (allowing a cut-off last character) without NULs. */
	public static boolean looksLikeText(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		return true;
	}

	private static int firstBadByte(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		int low = 0;
		int high = bytes.length;
		while (low < high) { // the longest prefix that still decodes ends at the first bad byte
			int mid = (low + high + 1) / 2;
			try {
				decoder.reset().decode(ByteBuffer.wrap(bytes, 0, mid));
				low = mid;
			} catch (CharacterCodingException e) {
				high = mid - 1;
			}
		}
		return Math.min(low, bytes.length - 1);
	}

	private static int lineOf(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
