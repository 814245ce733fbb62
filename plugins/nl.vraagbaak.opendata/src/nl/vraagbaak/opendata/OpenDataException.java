package nl.vraagbaak.opendata;

/**
 * The open data could not be fetched or read: the message names the address, and for a page that is not what it
 * should be the entity and field, in English and Dutch.
 */
public class OpenDataException extends Exception {
	private static final long serialVersionUID = 1L;

	public OpenDataException(String message, Throwable cause) {
		super(message, cause);
	}
}
