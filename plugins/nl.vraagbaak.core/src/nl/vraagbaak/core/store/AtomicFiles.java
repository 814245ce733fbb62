package nl.vraagbaak.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files written completely or not at all: written under a temporary name beside the target, then moved into place,
 * so that a crash or a full disk never leaves half a file where a whole one was (corpus documents, recovery copies,
 * Word exports).
 */
public final class AtomicFiles {
	private AtomicFiles() {
	}

	/**
	 * Writes the text (UTF-8) under "<name>.tmp" beside the target, then moves it into place; the temporary file is
	 * gone when writing fails.
	 */
	public static void writeString(Path target, CharSequence text) throws IOException {
		Path temp = target.resolveSibling(target.getFileName() + ".tmp");
		try {
			Files.writeString(temp, text, StandardCharsets.UTF_8);
			moveIntoPlace(temp, target);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Moves a completely written temporary file over the target, atomically where the file system can. */
	public static void moveIntoPlace(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
