package nl.vraagbaak.search;

/**
 * Another running Vraagbaak holds the index's write lock. Commands that only read can still use its last commit
 * ({@link PassageIndex#openForReading}); those that write cannot.
 */
public final class IndexInUseException extends IndexException {
	private static final long serialVersionUID = 1L;

	public IndexInUseException(String message, Throwable cause) {
		super(message, cause);
	}
}
