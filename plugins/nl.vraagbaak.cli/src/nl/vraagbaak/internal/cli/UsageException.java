package nl.vraagbaak.internal.cli;

/** The command line does not fit the command; the message says what is wrong. */
public class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
