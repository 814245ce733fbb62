package nl.vraagbaak.core.draft;

import nl.vraagbaak.core.LocalizedText;

/** What is wrong in a draft: the keys of {@code messages.properties} and {@code messages_nl.properties} beside this. */
final class DraftMessages {
	private DraftMessages() {
	}

	static LocalizedText message(String key, Object... args) {
		return LocalizedText.of(DraftMessages.class, key, args);
	}
}
