package nl.vraagbaak.internal.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;

import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.ui.VraagbaakUi;

/** The workbench's settings, read from the instance preferences with the documented defaults. */
public final class UiPreferences {
	public static final String THRESHOLD = "alreadyAskedThreshold";

	private UiPreferences() {
	}

	/** The already-asked sensitivity (0 to 1; lower flags more). */
	public static double threshold() {
		return InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID).getDouble(THRESHOLD, AlreadyAsked.DEFAULT_THRESHOLD);
	}
}
