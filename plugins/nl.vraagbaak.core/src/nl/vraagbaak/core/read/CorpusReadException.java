package nl.vraagbaak.core.read;

/**
 * A file could not be read into the corpus. The message names the file and, where it applies, the 1-based line, so
 * that a user can find the fault; {@link #line()} is 0 when no line applies.
 */
public class CorpusReadException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final String reason;

	public CorpusReadException(String file, int line, String reason) {
		super(file + (line > 0 ? ":" + line : "") + ": " + reason);
		this.file = file;
		this.line = line;
		this.reason = reason;
	}

	public CorpusReadException(String file, String reason, Throwable cause) {
		super(file + ": " + reason, cause);
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

	/** The message without the file and line prefix. */
	public String reason() {
		return reason;
	}
}
