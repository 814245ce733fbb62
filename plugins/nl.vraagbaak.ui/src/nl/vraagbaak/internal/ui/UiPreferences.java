package nl.vraagbaak.internal.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import nl.vraagbaak.core.draft.NumberingStyle;
import nl.vraagbaak.opendata.OpenDataSync;
import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.ui.VraagbaakUi;

/** The workbench's settings, read from the instance preferences with the documented defaults. */
public final class UiPreferences {
	public static final String THRESHOLD = "alreadyAskedThreshold";
	public static final String NUMBERING = "numbering";
	public static final String DATA_FOLDER = "dataFolder";
	/** Whether drafts are spell-checked (Dutch); on unless turned off. */
	public static final String SPELLING = "spelling";
	/**
	 * The workbench language, "nl" (default) or "en". The {@code vraagbaak} launcher reads it from this bundle's
	 * preference file and starts the platform with {@code -nl}, because menus and views take their language at start.
	 */
	public static final String LANGUAGE = "language";
	/** The open-data service's address the last sync used, when it was not the Tweede Kamer's own (a mirror). */
	public static final String OPEN_DATA_SERVICE = "openDataService";

	private UiPreferences() {
	}

	/** The numbering style Word export uses when the draft itself does not decide ("plain" or "vraag"). */
	public static NumberingStyle numbering() {
		return NumberingStyle.parse(InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID).get(NUMBERING, "plain"));
	}

	/** The data folder chosen in the preferences, or null (then --data, $VRAAGBAAK_DATA or ~/.vraagbaak). */
	public static String dataFolder() {
		String folder = InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID).get(DATA_FOLDER, "");
		return folder.isBlank() ? null : folder;
	}

	public static String language() {
		return InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID).get(LANGUAGE, "nl");
	}

	public static boolean spelling() {
		return InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID).getBoolean(SPELLING, true);
	}

	/** The already-asked sensitivity (0 to 1; lower flags more). */
	public static double threshold() {
		return InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID).getDouble(THRESHOLD, AlreadyAsked.DEFAULT_THRESHOLD);
	}

	/** The open-data service to sync from: the one used last, else the Tweede Kamer's. */
	public static String openDataService() {
		return InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID).get(OPEN_DATA_SERVICE, OpenDataSync.SERVICE);
	}

	/** Remembers the service a sync used, for the next one; the Tweede Kamer's own is the default and not stored. */
	public static void rememberOpenDataService(String service) {
		var node = InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID);
		if (service.equals(OpenDataSync.SERVICE)) {
			node.remove(OPEN_DATA_SERVICE);
		} else {
			node.put(OPEN_DATA_SERVICE, service);
		}
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept for this session; the next start offers the default again
		}
	}
}
