package nl.vraagbaak.core.read;

import nl.vraagbaak.core.LocalizedText;

/**
 * Why a file could not be read into the corpus, by any reader (the Word and PDF readers too): the keys of
 * {@code messages.properties} (English) and {@code messages_nl.properties} (Dutch) beside this class.
 */
public final class ReadMessages {
	private ReadMessages() {
	}

	public static LocalizedText message(String key, Object... args) {
		return LocalizedText.of(ReadMessages.class, key, args);
	}
}
