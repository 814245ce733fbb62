package nl.vraagbaak.internal.spelling;

import java.io.IOException;
import java.io.InputStream;
import java.text.ParseException;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The OpenTaal Dutch word list with its affix rules (Debian's hunspell-nl 2.20.19, shipped in this bundle under
 * OpenTaal's BSD / CC BY 3.0 licence, see OpenTaal-copyright.txt), read once and shared: reading it takes about a
 * second and the result is immutable, so every checker uses the same one.
 */
public final class DutchWordList {
	private static Dictionary dictionary;

	private DutchWordList() {
	}

	public static synchronized Dictionary get() throws IOException {
		if (dictionary == null) {
			dictionary = read();
		}
		return dictionary;
	}

	private static Dictionary read() throws IOException {
		try (InputStream affixes = resource("nl.aff"); InputStream words = resource("nl.dic")) {
			return new Dictionary(new ByteBuffersDirectory(), "nl", affixes, words);
		} catch (ParseException e) {
			throw new IOException("the Dutch word list cannot be read (line " + e.getErrorOffset() + "): "
					+ e.getMessage(), e);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = DutchWordList.class.getResourceAsStream(name);
		if (in == null) {
			throw new IOException("the Dutch word list is missing from the installation: " + name);
		}
		return in;
	}
}
