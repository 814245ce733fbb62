package nl.vraagbaak.opendata;

import nl.vraagbaak.core.LocalizedText;

/** Why a sync took a document out, left it out or failed on it: the keys of the message files beside this class. */
final class SyncMessages {
	private SyncMessages() {
	}

	static LocalizedText message(String key, Object... args) {
		return LocalizedText.of(SyncMessages.class, key, args);
	}
}
