package nl.vraagbaak.internal.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** A draft's markers of one type (draft problems, already-asked questions), replaced only when they change. */
final class FileMarkers {
	/**
	 * A marker as it should be: the key that tells whether an existing one is the same, and its attributes, worked
	 * out only when the markers are written.
	 */
	record Wanted(String key, Supplier<Map<String, Object>> attributes) {
	}

	private FileMarkers() {
	}

	/**
	 * Replaces the file's markers of {@code type} by {@code wanted}, unless those there have the same keys in the
	 * same order ({@code keyOf}): then nothing changes, and the Problems view does not flicker. Each marker is made
	 * with all its attributes at once, so a reader never sees one without its line, in one workspace operation.
	 */
	static void replace(IFile file, String type, List<Wanted> wanted, Function<IMarker, String> keyOf) throws CoreException {
		List<String> existing = Arrays.stream(file.findMarkers(type, false, IResource.DEPTH_ZERO)).map(keyOf).toList();
		if (existing.equals(wanted.stream().map(Wanted::key).toList())) {
			return;
		}
		ResourcesPlugin.getWorkspace().run(monitor -> {
			file.deleteMarkers(type, false, IResource.DEPTH_ZERO);
			for (Wanted marker : wanted) {
				file.createMarker(type, marker.attributes().get());
			}
		}, file, IWorkspace.AVOID_UPDATE, null);
	}
}
