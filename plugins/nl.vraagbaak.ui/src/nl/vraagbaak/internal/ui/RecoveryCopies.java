package nl.vraagbaak.internal.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;

import nl.vraagbaak.core.store.AtomicFiles;

import nl.vraagbaak.ui.VraagbaakUi;

/**
 * Unsaved drafts, kept in {@code <data folder>/recovery/<dossier>/<draft>.kv} while they differ from the saved
 * file, so that a crash loses at most the last seconds of typing. A save removes the copy.
 */
public final class RecoveryCopies {
	private RecoveryCopies() {
	}

	public static Path of(IFile draft) {
		return VraagbaakUi.dataFolder().resolve("recovery").resolve(draft.getFullPath().makeRelative().toString());
	}

	/** Writes the copy completely or not at all (temporary file, then move). */
	public static void write(IFile draft, String text) throws IOException {
		Path copy = of(draft);
		Files.createDirectories(copy.getParent());
		AtomicFiles.writeString(copy, text);
	}

	/** The recovered text, or null when there is no copy. */
	public static String read(IFile draft) throws IOException {
		Path copy = of(draft);
		return Files.isRegularFile(copy) ? Files.readString(copy, StandardCharsets.UTF_8) : null;
	}

	/** The drafts of the workspace that have a recovery copy (copies of drafts no longer there are left alone). */
	public static List<IFile> drafts(IWorkspaceRoot root) throws IOException {
		Path folder = VraagbaakUi.dataFolder().resolve("recovery");
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<IFile> drafts = new ArrayList<>();
		try (Stream<Path> copies = Files.walk(folder, 2)) {
			for (Path copy : copies.filter(p -> p.getNameCount() == folder.getNameCount() + 2)
					.filter(p -> p.getFileName().toString().endsWith(".kv")).sorted().toList()) {
				IFile draft = root.getProject(copy.getParent().getFileName().toString()).getFile(copy.getFileName().toString());
				if (draft.exists()) {
					drafts.add(draft);
				}
			}
		}
		return drafts;
	}

	/** Moves a draft's copy along with the draft (renamed or moved while open); nothing when it has none. */
	public static void move(IFile from, IFile to) throws IOException {
		Path copy = of(from);
		if (Files.exists(copy)) {
			Path target = of(to);
			Files.createDirectories(target.getParent());
			AtomicFiles.moveIntoPlace(copy, target);
		}
	}

	public static void delete(IFile draft) throws IOException {
		Files.deleteIfExists(of(draft));
	}
}
