package nl.vraagbaak.internal.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;

import nl.vraagbaak.core.draft.NumberingStyle;
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
}
