package nl.vraagbaak.internal.search;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.Passage;

/**
 * A short value that changes whenever anything the index holds of a document changes: its provenance and the number,
 * heading, question and answer of every passage. Every passage in the index carries its document's fingerprint, so
 * opening the index can tell, document by document, whether it still holds what the corpus store holds (an import
 * that crashed between storing a document and committing the index left it behind).
 *
 * <p>64-bit FNV-1a over the characters, not a cryptographic hash: it guards against accidents, not adversaries, and it
 * runs on every indexed document, where a SHA-256 of the serialised document would cost a few percent of indexing.
 */
public final class DocumentFingerprint {
	private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
	private static final long PRIME = 0x100000001b3L;
	/** Between fields, and for an absent one, so that ("ab", "c") and ("a", "bc"), or null and "", differ. */
	private static final char SEPARATOR = '\u0000';
	private static final char ABSENT = '\u0001';

	private long hash = OFFSET_BASIS;

	private DocumentFingerprint() {
	}

	public static String of(CorpusDocument document) {
		DocumentFingerprint f = new DocumentFingerprint();
		f.add(document.source()).add(document.kind().name()).add(document.title())
				.add(document.date() == null ? null : document.date().toString())
				.add(document.citation() == null ? null : document.citation().format()).add(document.minister());
		for (Passage passage : document.passages()) {
			f.add(Integer.toString(passage.number())).add(passage.heading()).add(passage.question()).add(passage.answer());
		}
		return Long.toHexString(f.hash);
	}

	private DocumentFingerprint add(String text) {
		if (text == null) {
			mix(ABSENT);
		} else {
			for (int i = 0; i < text.length(); i++) {
				mix(text.charAt(i));
			}
		}
		mix(SEPARATOR);
		return this;
	}

	private void mix(char c) {
		hash = (hash ^ c) * PRIME;
	}
}
