package nl.vraagbaak.internal.cli;

import java.util.Locale;

/** How the commands name a document kind in plain text: as {@code --kind} takes it, with spaces ("written answers"). */
final class KindNames {
	private KindNames() {
	}

	/** @param kind a {@link nl.vraagbaak.core.DocumentKind}'s name, as the reports and JSON carry it */
	static String of(String kind) {
		return kind.toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
