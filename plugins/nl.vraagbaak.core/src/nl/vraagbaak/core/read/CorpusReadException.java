package nl.vraagbaak.core.read;

import java.util.Locale;

import nl.vraagbaak.core.LocalizedText;

/**
 * A file could not be read into the corpus. The message names the file and, where it applies, the 1-based line, so
 * that a user can find the fault; {@link #line()} is 0 when no line applies. The reason is said in English by
 * {@link #getMessage()} and in the user's language by {@link #message(Locale)}.
 */
public class CorpusReadException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final transient LocalizedText reason;

	public CorpusReadException(String file, int line, LocalizedText reason) {
		super(where(file, line) + ": " + reason.text());
		this.file = file;
		this.line = line;
		this.reason = reason;
	}

	public CorpusReadException(String file, LocalizedText reason, Throwable cause) {
		super(file + ": " + reason.text(), cause);
		this.file = file;
		this.line = 0;
		this.reason = reason;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	/** The file, with ":line" where a line applies: what the message starts with. */
	public String where() {
		return where(file, line);
	}

	/** Why, without the file and line, to be said in the user's language. */
	public LocalizedText reason() {
		return reason;
	}

	/** The message in the locale's language: "vragen.txt:3: vraag 2 staat er twee keer in". */
	public String message(Locale locale) {
		return where() + ": " + reason.in(locale);
	}

	private static String where(String file, int line) {
		return file + (line > 0 ? ":" + line : "");
	}
}
