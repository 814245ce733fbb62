package nl.vraagbaak.core.store;

/** The corpus store could not be read or written; the message names the folder or file. */
public class StoreException extends Exception {
	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
