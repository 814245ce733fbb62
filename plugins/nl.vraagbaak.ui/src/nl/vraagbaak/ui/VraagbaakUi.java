package nl.vraagbaak.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;

import nl.vraagbaak.core.store.DataFolder;
import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.UiPreferences;

/**
 * Where the workbench keeps its data: "--data DIR" on the command line, else the folder chosen in the preferences,
 * else the default data folder.
 */
public final class VraagbaakUi {
	public static final String PLUGIN_ID = "nl.vraagbaak.ui";

	private VraagbaakUi() {
	}

	/** Closes the shared corpus services; releases the index's write lock for the command line. */
	public static void shutdown() {
		CorpusServices.close();
	}

	public static Path dataFolder() {
		String[] args = Platform.getApplicationArgs();
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("--data")) {
				return DataFolder.resolve(args[i + 1]);
			}
		}
		String preferred = UiPreferences.dataFolder();
		return DataFolder.resolve(preferred != null ? preferred : System.getProperty("vraagbaak.data"));
	}
}
