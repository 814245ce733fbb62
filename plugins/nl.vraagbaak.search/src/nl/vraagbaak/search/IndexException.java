package nl.vraagbaak.search;

/** The index cannot be opened, built or searched; the message says why and names the folder. */
public class IndexException extends Exception {
	private static final long serialVersionUID = 1L;

	public IndexException(String message, Throwable cause) {
		super(message, cause);
	}
}
