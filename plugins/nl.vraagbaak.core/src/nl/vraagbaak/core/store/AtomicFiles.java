package nl.vraagbaak.core.store;

import java.io.IOException;
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

	/** Moves a completely written temporary file over the target, atomically where the file system can. */
	public static void moveIntoPlace(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
